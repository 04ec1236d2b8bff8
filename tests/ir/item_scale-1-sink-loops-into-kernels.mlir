// PASS: sink-loops-into-kernels
// INPUT:
builtin.module {
  func.func @item_scale(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> attributes {jic.params = "x,h", jic.returns_tuple = "0"} {
    %0 = jic.pointwise "abs"(%x) {loc = "item_scale.py:2", jic.shape = ["x.0", "x.1", "x.2"]} : (tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    %1 = arith.constant {loc = "item_scale.py:2"} 0 : index
    %2 = jic.dim %x[0] {loc = "item_scale.py:2"} : tensor<?x?x?xf32>
    %3 = arith.cmpi sgt, %2, %1 : index
    cf.assert %3, "item_scale.py:2: max: expected reduction dim 0 to have non-zero size, got a tensor of size x.0 there" {loc = "item_scale.py:2"}
    %4 = jic.dim %x[1] {loc = "item_scale.py:2"} : tensor<?x?x?xf32>
    %5 = arith.cmpi sgt, %4, %1 : index
    cf.assert %5, "item_scale.py:2: max: expected reduction dim 1 to have non-zero size, got a tensor of size x.1 there" {loc = "item_scale.py:2"}
    %6 = jic.dim %x[2] {loc = "item_scale.py:2"} : tensor<?x?x?xf32>
    %7 = arith.cmpi sgt, %6, %1 : index
    cf.assert %7, "item_scale.py:2: max: expected reduction dim 2 to have non-zero size, got a tensor of size x.2 there" {loc = "item_scale.py:2"}
    %8 = jic.reduce %0 {loc = "item_scale.py:2", jic.shape = [], kind = "max", dims = [0 : i64, 1 : i64, 2 : i64], keepdim = 0 : i64} : tensor<?x?x?xf32> -> tensor<f32>
    %9 = "jic.eager_call"(%8) <{callee = "Tensor.item()", spec = "{\22args\22: [], \22fn\22: {\22attr\22: [{\22in\22: 0}, \22item\22]}, \22kwargs\22: {}}"}> {loc = "item_scale.py:2"} : (tensor<f32>) -> !jic.pyobj
    %10 = jic.unbox %9 {loc = "item_scale.py:2"} : !jic.pyobj -> f64
    %11 = jic.dim %x[1] {loc = "item_scale.py:3"} : tensor<?x?x?xf32>
    %12 = arith.constant {loc = "item_scale.py:3"} 0 : index
    %13 = arith.constant {loc = "item_scale.py:3"} 1 : index
    %14 = jic.dim %h[0] {loc = "item_scale.py:3"} : tensor<?x?xf32>
    %15 = jic.broadcast_dim %2, %14 {msg = "item_scale.py:4: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "item_scale.py:2"}
    %16 = jic.dim %h[1] {loc = "item_scale.py:2"} : tensor<?x?xf32>
    %17 = jic.broadcast_dim %6, %16 {msg = "item_scale.py:4: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "item_scale.py:2"}
    %18 = arith.cmpi eq, %14, %15 : index
    cf.assert %18, "item_scale.py:4: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "item_scale.py:3"}
    %19 = arith.cmpi eq, %16, %17 : index
    cf.assert %19, "item_scale.py:4: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(x.2, h.1)); jic needs it to keep its shape" {jic.limitation, loc = "item_scale.py:2"}
    %20 = scf.for %21 = %12 to %11 step %13 iter_args(%h_1 = %h) -> (tensor<?x?xf32>) {
      %22 = jic.select %x[1 = %21] {loc = "item_scale.py:4", jic.shape = ["x.0", "x.2"]} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %23 = jic.div %22, %10 {loc = "item_scale.py:4", jic.shape = ["x.0", "x.2"]} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
      %24 = jic.add %23, %h_1 {loc = "item_scale.py:4", jic.shape = ["bcast(x.0, h.0)", "bcast(x.2, h.1)"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %25 = jic.tanh %24 {loc = "item_scale.py:4", jic.shape = ["bcast(x.0, h.0)", "bcast(x.2, h.1)"]} : tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %25 : tensor<?x?xf32>
    } {loc = "item_scale.py:3"}
    func.return %20 : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @item_scale(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> attributes {jic.params = "x,h", jic.returns_tuple = "0"} {
    %0 = jic.pointwise "abs"(%x) {loc = "item_scale.py:2", jic.shape = ["x.0", "x.1", "x.2"]} : (tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    %1 = arith.constant {loc = "item_scale.py:2"} 0 : index
    %2 = jic.dim %x[0] {loc = "item_scale.py:2"} : tensor<?x?x?xf32>
    %3 = arith.cmpi sgt, %2, %1 : index
    cf.assert %3, "item_scale.py:2: max: expected reduction dim 0 to have non-zero size, got a tensor of size x.0 there" {loc = "item_scale.py:2"}
    %4 = jic.dim %x[1] {loc = "item_scale.py:2"} : tensor<?x?x?xf32>
    %5 = arith.cmpi sgt, %4, %1 : index
    cf.assert %5, "item_scale.py:2: max: expected reduction dim 1 to have non-zero size, got a tensor of size x.1 there" {loc = "item_scale.py:2"}
    %6 = jic.dim %x[2] {loc = "item_scale.py:2"} : tensor<?x?x?xf32>
    %7 = arith.cmpi sgt, %6, %1 : index
    cf.assert %7, "item_scale.py:2: max: expected reduction dim 2 to have non-zero size, got a tensor of size x.2 there" {loc = "item_scale.py:2"}
    %8 = jic.reduce %0 {loc = "item_scale.py:2", jic.shape = [], kind = "max", dims = [0 : i64, 1 : i64, 2 : i64], keepdim = 0 : i64} : tensor<?x?x?xf32> -> tensor<f32>
    %9 = "jic.eager_call"(%8) <{callee = "Tensor.item()", spec = "{\22args\22: [], \22fn\22: {\22attr\22: [{\22in\22: 0}, \22item\22]}, \22kwargs\22: {}}"}> {loc = "item_scale.py:2"} : (tensor<f32>) -> !jic.pyobj
    %10 = jic.unbox %9 {loc = "item_scale.py:2"} : !jic.pyobj -> f64
    %11 = jic.dim %x[1] {loc = "item_scale.py:3"} : tensor<?x?x?xf32>
    %12 = arith.constant {loc = "item_scale.py:3"} 0 : index
    %13 = arith.constant {loc = "item_scale.py:3"} 1 : index
    %14 = jic.dim %h[0] {loc = "item_scale.py:3"} : tensor<?x?xf32>
    %15 = jic.broadcast_dim %2, %14 {msg = "item_scale.py:4: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "item_scale.py:2"}
    %16 = jic.dim %h[1] {loc = "item_scale.py:2"} : tensor<?x?xf32>
    %17 = jic.broadcast_dim %6, %16 {msg = "item_scale.py:4: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "item_scale.py:2"}
    %18 = arith.cmpi eq, %14, %15 : index
    cf.assert %18, "item_scale.py:4: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "item_scale.py:3"}
    %19 = arith.cmpi eq, %16, %17 : index
    cf.assert %19, "item_scale.py:4: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(x.2, h.1)); jic needs it to keep its shape" {jic.limitation, loc = "item_scale.py:2"}
    %20 = "jic.kernel"(%14, %16) ({
    ^bb0(%21: index, %22: index):
      %23 = jic.load %h[%21, %22] {loc = "item_scale.py:4"} : tensor<?x?xf32> -> f32
      %24 = scf.for %25 = %12 to %11 step %13 iter_args(%26 = %23) -> (f32) {
        %27 = jic.load %x[%21, %25, %22] {loc = "item_scale.py:4"} : tensor<?x?x?xf32> -> f32
        %28 = arith.truncf %10 {loc = "item_scale.py:4"} : f64 to f32
        %29 = arith.divf %27, %28 {loc = "item_scale.py:4"} : f32
        %30 = arith.addf %29, %26 {loc = "item_scale.py:4"} : f32
        %31 = math.tanh %30 {loc = "item_scale.py:4"} : f32
        scf.yield %31 : f32
      } {loc = "item_scale.py:4"}
      jic.yield %24 : f32
    }) {jic.shape = ["h.0", "h.1"], loc = "item_scale.py:4"} : (index, index) -> tensor<?x?xf32>
    func.return %20 : tensor<?x?xf32>
  }
}
