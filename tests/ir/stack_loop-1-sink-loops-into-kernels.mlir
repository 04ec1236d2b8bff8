// PASS: sink-loops-into-kernels
// INPUT:
builtin.module {
  func.func @stack_loop(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> (tensor<?x?x?xf32>, tensor<?x?xf32>) attributes {jic.params = "x,h", jic.returns_tuple = "1"} {
    %0 = jic.dim %x[1] {loc = "stack_loop.py:6"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "stack_loop.py:6"} 0 : index
    %2 = arith.constant {loc = "stack_loop.py:6"} 1 : index
    %3 = jic.stack_init {jic.count = "x.1", loc = "stack_loop.py:6", jic.shape = ["x.1", "bcast(x.0, h.0)", "bcast(x.2, h.1)"]} : tensor<?x?x?xf32>
    %4 = jic.dim %x[0] {loc = "stack_loop.py:6"} : tensor<?x?x?xf32>
    %5 = jic.dim %h[0] {loc = "stack_loop.py:6"} : tensor<?x?xf32>
    %6 = jic.broadcast_dim %4, %5 {msg = "stack_loop.py:7: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "stack_loop.py:6"}
    %7 = jic.dim %x[2] {loc = "stack_loop.py:6"} : tensor<?x?x?xf32>
    %8 = jic.dim %h[1] {loc = "stack_loop.py:6"} : tensor<?x?xf32>
    %9 = jic.broadcast_dim %7, %8 {msg = "stack_loop.py:7: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "stack_loop.py:6"}
    %10 = arith.cmpi eq, %5, %6 : index
    cf.assert %10, "stack_loop.py:7: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "stack_loop.py:6"}
    %11 = arith.cmpi eq, %8, %9 : index
    cf.assert %11, "stack_loop.py:7: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(x.2, h.1)); jic needs it to keep its shape" {jic.limitation, loc = "stack_loop.py:6"}
    %12, %13 = scf.for %14 = %1 to %0 step %2 iter_args(%15 = %h, %16 = %3) -> (tensor<?x?xf32>, tensor<?x?x?xf32>) {
      %17 = jic.select %x[1 = %14] {loc = "stack_loop.py:7", jic.shape = ["x.0", "x.2"]} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %18 = jic.add %17, %15 {loc = "stack_loop.py:7", jic.shape = ["bcast(x.0, h.0)", "bcast(x.2, h.1)"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %19 = jic.tanh %18 {loc = "stack_loop.py:7", jic.shape = ["bcast(x.0, h.0)", "bcast(x.2, h.1)"]} : tensor<?x?xf32> -> tensor<?x?xf32>
      %20 = jic.stack_insert %16, %19, %14, %0 {jic.count = "x.1", loc = "stack_loop.py:8", jic.shape = ["x.1", "bcast(x.0, h.0)", "bcast(x.2, h.1)"]} : (tensor<?x?x?xf32>, tensor<?x?xf32>, index, index) -> tensor<?x?x?xf32>
      scf.yield %19, %20 : tensor<?x?xf32>, tensor<?x?x?xf32>
    } {loc = "stack_loop.py:6"}
    %21 = jic.stack_result %13 {loc = "stack_loop.py:9", jic.shape = ["bcast(x.0, h.0)", "x.1", "bcast(x.2, h.1)"], dim = 1 : i64} : tensor<?x?x?xf32> -> tensor<?x?x?xf32>
    func.return %21, %12 : tensor<?x?x?xf32>, tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @stack_loop(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> (tensor<?x?x?xf32>, tensor<?x?xf32>) attributes {jic.params = "x,h", jic.returns_tuple = "1"} {
    %0 = jic.dim %x[1] {loc = "stack_loop.py:6"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "stack_loop.py:6"} 0 : index
    %2 = arith.constant {loc = "stack_loop.py:6"} 1 : index
    %3 = jic.dim %x[0] {loc = "stack_loop.py:6"} : tensor<?x?x?xf32>
    %4 = jic.dim %h[0] {loc = "stack_loop.py:6"} : tensor<?x?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "stack_loop.py:7: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "stack_loop.py:6"}
    %6 = jic.dim %x[2] {loc = "stack_loop.py:6"} : tensor<?x?x?xf32>
    %7 = jic.dim %h[1] {loc = "stack_loop.py:6"} : tensor<?x?xf32>
    %8 = jic.broadcast_dim %6, %7 {msg = "stack_loop.py:7: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "stack_loop.py:6"}
    %9 = arith.cmpi eq, %4, %5 : index
    cf.assert %9, "stack_loop.py:7: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "stack_loop.py:6"}
    %10 = arith.cmpi eq, %7, %8 : index
    cf.assert %10, "stack_loop.py:7: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(x.2, h.1)); jic needs it to keep its shape" {jic.limitation, loc = "stack_loop.py:6"}
    %11 = jic.stack_alloc(%0, %5, %8) {jic.shape = ["x.1", "bcast(x.0, h.0)", "bcast(x.2, h.1)"], loc = "stack_loop.py:8", dim = 1 : i64} : (index, index, index) -> tensor<?x?x?xf32>
    %12 = "jic.kernel"(%4, %7) ({
    ^bb0(%13: index, %14: index):
      %15 = jic.load %h[%13, %14] {loc = "stack_loop.py:7"} : tensor<?x?xf32> -> f32
      %16 = scf.for %17 = %1 to %0 step %2 iter_args(%18 = %15) -> (f32) {
        %19 = jic.load %x[%13, %17, %14] {loc = "stack_loop.py:7"} : tensor<?x?x?xf32> -> f32
        %20 = arith.addf %19, %18 {loc = "stack_loop.py:7"} : f32
        %21 = math.tanh %20 {loc = "stack_loop.py:7"} : f32
        jic.stack_store %21, %11[%17, %13, %14] {loc = "stack_loop.py:8"} : f32, tensor<?x?x?xf32>
        scf.yield %21 : f32
      } {loc = "stack_loop.py:7"}
      jic.yield %16 : f32
    }) {jic.shape = ["h.0", "h.1"], loc = "stack_loop.py:7"} : (index, index) -> tensor<?x?xf32>
    %22 = jic.stack_result %11 {loc = "stack_loop.py:9", jic.shape = ["bcast(x.0, h.0)", "x.1", "bcast(x.2, h.1)"], dim = 1 : i64} : tensor<?x?x?xf32> -> tensor<?x?x?xf32>
    func.return %22, %12 : tensor<?x?x?xf32>, tensor<?x?xf32>
  }
}
