// PASS: fuse-kernels
// INPUT:
builtin.module {
  func.func @chatty(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> attributes {jic.params = "x,h", jic.returns_tuple = "0"} {
    %0 = jic.dim %x[1] {loc = "chatty.py:2"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "chatty.py:2"} 0 : index
    %2 = arith.constant {loc = "chatty.py:2"} 1 : index
    %3 = jic.dim %x[0] {loc = "chatty.py:2"} : tensor<?x?x?xf32>
    %4 = jic.dim %h[0] {loc = "chatty.py:2"} : tensor<?x?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "chatty.py:4: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "chatty.py:2"}
    %6 = jic.dim %x[2] {loc = "chatty.py:2"} : tensor<?x?x?xf32>
    %7 = jic.dim %h[1] {loc = "chatty.py:2"} : tensor<?x?xf32>
    %8 = jic.broadcast_dim %6, %7 {msg = "chatty.py:4: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "chatty.py:2"}
    %9 = arith.cmpi eq, %4, %5 : index
    cf.assert %9, "chatty.py:4: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "chatty.py:2"}
    %10 = arith.cmpi eq, %7, %8 : index
    cf.assert %10, "chatty.py:4: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(x.2, h.1)); jic needs it to keep its shape" {jic.limitation, loc = "chatty.py:2"}
    %11 = scf.for %12 = %1 to %0 step %2 iter_args(%13 = %h) -> (tensor<?x?xf32>) {
      %14 = "jic.kernel"() ({
        %15 = arith.constant {loc = "chatty.py:3"} 0.000000e+00 : f32
        %16 = arith.constant {loc = "chatty.py:3"} 0 : index
        %17 = arith.constant {loc = "chatty.py:3"} 1 : index
        %18 = scf.for %19 = %16 to %4 step %17 iter_args(%20 = %15) -> (f32) {
          %21 = scf.for %22 = %16 to %7 step %17 iter_args(%23 = %20) -> (f32) {
            %24 = jic.load %13[%19, %22] {loc = "chatty.py:3"} : tensor<?x?xf32> -> f32
            %25 = arith.addf %23, %24 {loc = "chatty.py:3"} : f32
            scf.yield %25 : f32
          } {loc = "chatty.py:3"}
          scf.yield %21 : f32
        } {jic.reduction = "sum", loc = "chatty.py:3"}
        jic.yield %18 : f32
      }) {loc = "chatty.py:3"} : () -> tensor<f32>
      %26 = "jic.eager_call"(%12, %14) <{callee = "print()", spec = "{\22args\22: [{\22obj\22: 1}, {\22in\22: 0}, {\22in\22: 1}], \22fn\22: {\22obj\22: 0}, \22kwargs\22: {}}"}> {loc = "chatty.py:3"} : (index, tensor<f32>) -> !jic.pyobj
      %27 = "jic.kernel"(%5, %8) ({
      ^bb0(%28: index, %29: index):
        %30 = jic.load %x[%28, %12, %29] {loc = "chatty.py:4"} : tensor<?x?x?xf32> -> f32
        %31 = jic.load %13[%28, %29] {loc = "chatty.py:4"} : tensor<?x?xf32> -> f32
        %32 = arith.addf %30, %31 {loc = "chatty.py:4"} : f32
        %33 = math.tanh %32 {loc = "chatty.py:4"} : f32
        jic.yield %33 : f32
      }) {loc = "chatty.py:4"} : (index, index) -> tensor<?x?xf32>
      scf.yield %27 : tensor<?x?xf32>
    } {loc = "chatty.py:2", jic.host_loop = "the eager_call at chatty.py:3 has no per-thread form"}
    func.return %11 : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @chatty(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> attributes {jic.params = "x,h", jic.returns_tuple = "0"} {
    %0 = jic.dim %x[1] {loc = "chatty.py:2"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "chatty.py:2"} 0 : index
    %2 = arith.constant {loc = "chatty.py:2"} 1 : index
    %3 = jic.dim %x[0] {loc = "chatty.py:2"} : tensor<?x?x?xf32>
    %4 = jic.dim %h[0] {loc = "chatty.py:2"} : tensor<?x?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "chatty.py:4: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "chatty.py:2"}
    %6 = jic.dim %x[2] {loc = "chatty.py:2"} : tensor<?x?x?xf32>
    %7 = jic.dim %h[1] {loc = "chatty.py:2"} : tensor<?x?xf32>
    %8 = jic.broadcast_dim %6, %7 {msg = "chatty.py:4: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "chatty.py:2"}
    %9 = arith.cmpi eq, %4, %5 : index
    cf.assert %9, "chatty.py:4: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "chatty.py:2"}
    %10 = arith.cmpi eq, %7, %8 : index
    cf.assert %10, "chatty.py:4: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(x.2, h.1)); jic needs it to keep its shape" {jic.limitation, loc = "chatty.py:2"}
    %11 = scf.for %12 = %1 to %0 step %2 iter_args(%13 = %h) -> (tensor<?x?xf32>) {
      %14 = "jic.kernel"() ({
        %15 = arith.constant {loc = "chatty.py:3"} 0.000000e+00 : f32
        %16 = arith.constant {loc = "chatty.py:3"} 0 : index
        %17 = arith.constant {loc = "chatty.py:3"} 1 : index
        %18 = scf.for %19 = %16 to %4 step %17 iter_args(%20 = %15) -> (f32) {
          %21 = scf.for %22 = %16 to %7 step %17 iter_args(%23 = %20) -> (f32) {
            %24 = jic.load %13[%19, %22] {loc = "chatty.py:3"} : tensor<?x?xf32> -> f32
            %25 = arith.addf %23, %24 {loc = "chatty.py:3"} : f32
            scf.yield %25 : f32
          } {loc = "chatty.py:3"}
          scf.yield %21 : f32
        } {jic.reduction = "sum", loc = "chatty.py:3"}
        jic.yield %18 : f32
      }) {loc = "chatty.py:3"} : () -> tensor<f32>
      %26 = "jic.eager_call"(%12, %14) <{callee = "print()", spec = "{\22args\22: [{\22obj\22: 1}, {\22in\22: 0}, {\22in\22: 1}], \22fn\22: {\22obj\22: 0}, \22kwargs\22: {}}"}> {loc = "chatty.py:3"} : (index, tensor<f32>) -> !jic.pyobj
      %27 = "jic.kernel"(%5, %8) ({
      ^bb0(%28: index, %29: index):
        %30 = jic.load %x[%28, %12, %29] {loc = "chatty.py:4"} : tensor<?x?x?xf32> -> f32
        %31 = jic.load %13[%28, %29] {loc = "chatty.py:4"} : tensor<?x?xf32> -> f32
        %32 = arith.addf %30, %31 {loc = "chatty.py:4"} : f32
        %33 = math.tanh %32 {loc = "chatty.py:4"} : f32
        jic.yield %33 : f32
      }) {loc = "chatty.py:4"} : (index, index) -> tensor<?x?xf32>
      scf.yield %27 : tensor<?x?xf32>
    } {loc = "chatty.py:2", jic.host_loop = "the eager_call at chatty.py:3 has no per-thread form"}
    func.return %11 : tensor<?x?xf32>
  }
}
