// PASS: sink-control-flow-into-kernels
// INPUT:
builtin.module {
  func.func @loop_branch(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> attributes {jic.params = "x,h", jic.returns_tuple = "0"} {
    %0 = jic.dim %x[1] {loc = "loop_branch.py:2"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "loop_branch.py:2"} 0 : index
    %2 = arith.constant {loc = "loop_branch.py:2"} 1 : index
    %3 = arith.constant {loc = "loop_branch.py:3"} 2 : index
    %4 = arith.constant {loc = "loop_branch.py:3"} 0 : index
    %5 = arith.cmpi slt, %3, %4 : index
    %6 = arith.constant {loc = "loop_branch.py:3"} 0 : index
    %7 = arith.constant {loc = "loop_branch.py:6"} 5.000000e-01 : f64
    %8 = jic.dim %h[0] {loc = "loop_branch.py:6"} : tensor<?x?xf32>
    %9 = jic.dim %x[0] {loc = "loop_branch.py:6"} : tensor<?x?x?xf32>
    %10 = jic.broadcast_dim %8, %9 {msg = "loop_branch.py:4: add: the sizes (h.0, h.1) and (x.0, x.2) cannot be broadcast", loc = "loop_branch.py:6"}
    %11 = jic.dim %h[1] {loc = "loop_branch.py:6"} : tensor<?x?xf32>
    %12 = jic.dim %x[2] {loc = "loop_branch.py:6"} : tensor<?x?x?xf32>
    %13 = jic.broadcast_dim %11, %12 {msg = "loop_branch.py:4: add: the sizes (h.0, h.1) and (x.0, x.2) cannot be broadcast", loc = "loop_branch.py:6"}
    %14 = arith.cmpi eq, %10, %8 : index
    cf.assert %14, "loop_branch.py:3: a tensor would have different sizes on different paths or iterations (bcast(h.0, x.0) and h.0); jic needs one shape" {jic.limitation, loc = "loop_branch.py:6"}
    %15 = arith.cmpi eq, %13, %11 : index
    cf.assert %15, "loop_branch.py:3: a tensor would have different sizes on different paths or iterations (bcast(h.1, x.2) and h.1); jic needs one shape" {jic.limitation, loc = "loop_branch.py:6"}
    %16 = arith.cmpi eq, %8, %10 : index
    cf.assert %16, "loop_branch.py:3: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(h.0, x.0)); jic needs it to keep its shape" {jic.limitation, loc = "loop_branch.py:6"}
    %17 = arith.cmpi eq, %11, %13 : index
    cf.assert %17, "loop_branch.py:3: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(h.1, x.2)); jic needs it to keep its shape" {jic.limitation, loc = "loop_branch.py:6"}
    %18 = scf.for %19 = %1 to %0 step %2 iter_args(%20 = %h) -> (tensor<?x?xf32>) {
      %21 = arith.divsi %19, %3 {loc = "loop_branch.py:3"} : index
      %22 = arith.remsi %19, %3 {loc = "loop_branch.py:3"} : index
      %23 = arith.cmpi ne, %22, %4 : index
      %24 = arith.cmpi slt, %22, %4 : index
      %25 = arith.xori %24, %5 {loc = "loop_branch.py:3"} : i1
      %26 = arith.andi %23, %25 {loc = "loop_branch.py:3"} : i1
      %27 = arith.addi %22, %3 {loc = "loop_branch.py:3"} : index
      %28 = arith.select %26, %27, %22 {loc = "loop_branch.py:3"} : index
      %29 = arith.cmpi eq, %28, %6 : index
      %30 = scf.if %29 -> (tensor<?x?xf32>) {
        %31 = jic.select %x[1 = %19] {loc = "loop_branch.py:4", jic.shape = ["x.0", "x.2"]} : tensor<?x?x?xf32> -> tensor<?x?xf32>
        %32 = jic.add %20, %31 {loc = "loop_branch.py:4", jic.shape = ["bcast(h.0, x.0)", "bcast(h.1, x.2)"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %33 = jic.tanh %32 {loc = "loop_branch.py:4", jic.shape = ["bcast(h.0, x.0)", "bcast(h.1, x.2)"]} : tensor<?x?xf32> -> tensor<?x?xf32>
        scf.yield %33 : tensor<?x?xf32>
      } else {
        %34 = jic.mul %20, %7 {loc = "loop_branch.py:6", jic.shape = ["h.0", "h.1"]} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
        scf.yield %34 : tensor<?x?xf32>
      }{loc = "loop_branch.py:3"}
      scf.yield %30 : tensor<?x?xf32>
    } {loc = "loop_branch.py:2", jic.host_loop = "scf.if at loop_branch.py:3 has no per-thread form"}
    func.return %18 : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @loop_branch(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> attributes {jic.params = "x,h", jic.returns_tuple = "0"} {
    %0 = jic.dim %x[1] {loc = "loop_branch.py:2"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "loop_branch.py:2"} 0 : index
    %2 = arith.constant {loc = "loop_branch.py:2"} 1 : index
    %3 = arith.constant {loc = "loop_branch.py:3"} 2 : index
    %4 = arith.constant {loc = "loop_branch.py:3"} 0 : index
    %5 = arith.cmpi slt, %3, %4 : index
    %6 = arith.constant {loc = "loop_branch.py:3"} 0 : index
    %7 = arith.constant {loc = "loop_branch.py:6"} 5.000000e-01 : f64
    %8 = jic.dim %h[0] {loc = "loop_branch.py:6"} : tensor<?x?xf32>
    %9 = jic.dim %x[0] {loc = "loop_branch.py:6"} : tensor<?x?x?xf32>
    %10 = jic.broadcast_dim %8, %9 {msg = "loop_branch.py:4: add: the sizes (h.0, h.1) and (x.0, x.2) cannot be broadcast", loc = "loop_branch.py:6"}
    %11 = jic.dim %h[1] {loc = "loop_branch.py:6"} : tensor<?x?xf32>
    %12 = jic.dim %x[2] {loc = "loop_branch.py:6"} : tensor<?x?x?xf32>
    %13 = jic.broadcast_dim %11, %12 {msg = "loop_branch.py:4: add: the sizes (h.0, h.1) and (x.0, x.2) cannot be broadcast", loc = "loop_branch.py:6"}
    %14 = arith.cmpi eq, %10, %8 : index
    cf.assert %14, "loop_branch.py:3: a tensor would have different sizes on different paths or iterations (bcast(h.0, x.0) and h.0); jic needs one shape" {jic.limitation, loc = "loop_branch.py:6"}
    %15 = arith.cmpi eq, %13, %11 : index
    cf.assert %15, "loop_branch.py:3: a tensor would have different sizes on different paths or iterations (bcast(h.1, x.2) and h.1); jic needs one shape" {jic.limitation, loc = "loop_branch.py:6"}
    %16 = arith.cmpi eq, %8, %10 : index
    cf.assert %16, "loop_branch.py:3: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(h.0, x.0)); jic needs it to keep its shape" {jic.limitation, loc = "loop_branch.py:6"}
    %17 = arith.cmpi eq, %11, %13 : index
    cf.assert %17, "loop_branch.py:3: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(h.1, x.2)); jic needs it to keep its shape" {jic.limitation, loc = "loop_branch.py:6"}
    %18 = "jic.kernel"(%8, %11) ({
    ^bb0(%19: index, %20: index):
      %21 = jic.load %h[%19, %20] {loc = "loop_branch.py:3"} : tensor<?x?xf32> -> f32
      %22 = scf.for %23 = %1 to %0 step %2 iter_args(%24 = %21) -> (f32) {
        %25 = arith.remsi %23, %3 {loc = "loop_branch.py:3"} : index
        %26 = arith.cmpi ne, %25, %4 : index
        %27 = arith.cmpi slt, %25, %4 : index
        %28 = arith.xori %27, %5 {loc = "loop_branch.py:3"} : i1
        %29 = arith.andi %26, %28 {loc = "loop_branch.py:3"} : i1
        %30 = arith.addi %25, %3 {loc = "loop_branch.py:3"} : index
        %31 = arith.select %29, %30, %25 {loc = "loop_branch.py:3"} : index
        %32 = arith.cmpi eq, %31, %6 : index
        %33 = scf.if %32 -> (f32) {
          %34 = jic.load %x[%19, %23, %20] {loc = "loop_branch.py:4"} : tensor<?x?x?xf32> -> f32
          %35 = arith.addf %24, %34 {loc = "loop_branch.py:4"} : f32
          %36 = math.tanh %35 {loc = "loop_branch.py:4"} : f32
          scf.yield %36 : f32
        } else {
          %37 = arith.truncf %7 {loc = "loop_branch.py:6"} : f64 to f32
          %38 = arith.mulf %24, %37 {loc = "loop_branch.py:6"} : f32
          scf.yield %38 : f32
        }{loc = "loop_branch.py:4"}
        scf.yield %33 : f32
      } {loc = "loop_branch.py:3"}
      jic.yield %22 : f32
    }) {jic.shape = ["h.0", "h.1"], loc = "loop_branch.py:3"} : (index, index) -> tensor<?x?xf32>
    func.return %18 : tensor<?x?xf32>
  }
}
