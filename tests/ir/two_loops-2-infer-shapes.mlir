// PASS: infer-shapes
// INPUT:
builtin.module {
  func.func @two_loops(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = jic.dim %x[1] {loc = "two_loops.py:2"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "two_loops.py:2"} 0 : index
    %2 = arith.constant {loc = "two_loops.py:2"} 1 : index
    %3 = scf.for %4 = %1 to %0 step %2 iter_args(%5 = %h) -> (tensor<?x?xf32>) {
      %6 = jic.select %x[1 = %4] {loc = "two_loops.py:3"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %7 = jic.add %6, %5 {loc = "two_loops.py:3"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %8 = jic.tanh %7 {loc = "two_loops.py:3"} : tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %8 : tensor<?x?xf32>
    } {loc = "two_loops.py:2"}
    %9 = arith.constant {loc = "two_loops.py:4"} 5.000000e-01 : f64
    %10 = jic.mul %3, %9 {loc = "two_loops.py:4"} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
    %11 = jic.dim %x[1] {loc = "two_loops.py:5"} : tensor<?x?x?xf32>
    %12 = arith.constant {loc = "two_loops.py:5"} 0 : index
    %13 = arith.constant {loc = "two_loops.py:5"} 1 : index
    %14 = scf.for %15 = %12 to %11 step %13 iter_args(%16 = %10) -> (tensor<?x?xf32>) {
      %17 = jic.select %x[1 = %15] {loc = "two_loops.py:6"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %18 = jic.sub %17, %16 {loc = "two_loops.py:6"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %19 = jic.add %18, %3 {loc = "two_loops.py:6"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %20 = jic.sigmoid %19 {loc = "two_loops.py:6"} : tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %20 : tensor<?x?xf32>
    } {loc = "two_loops.py:5"}
    func.return %14 : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @two_loops(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = jic.dim %x[1] {loc = "two_loops.py:2"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "two_loops.py:2"} 0 : index
    %2 = arith.constant {loc = "two_loops.py:2"} 1 : index
    %3 = jic.dim %x[0] {loc = "two_loops.py:2"} : tensor<?x?x?xf32>
    %4 = jic.dim %h[0] {loc = "two_loops.py:2"} : tensor<?x?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "two_loops.py:3: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "two_loops.py:2"}
    %6 = jic.dim %x[2] {loc = "two_loops.py:2"} : tensor<?x?x?xf32>
    %7 = jic.dim %h[1] {loc = "two_loops.py:2"} : tensor<?x?xf32>
    %8 = jic.broadcast_dim %6, %7 {msg = "two_loops.py:3: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "two_loops.py:2"}
    %9 = arith.cmpi eq, %4, %5 : index
    cf.assert %9, "two_loops.py:3: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "two_loops.py:2"}
    %10 = arith.cmpi eq, %7, %8 : index
    cf.assert %10, "two_loops.py:3: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(x.2, h.1)); jic needs it to keep its shape" {jic.limitation, loc = "two_loops.py:2"}
    %11 = scf.for %12 = %1 to %0 step %2 iter_args(%13 = %h) -> (tensor<?x?xf32>) {
      %14 = jic.select %x[1 = %12] {loc = "two_loops.py:3", jic.shape = ["x.0", "x.2"]} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %15 = jic.add %14, %13 {loc = "two_loops.py:3", jic.shape = ["bcast(x.0, h.0)", "bcast(x.2, h.1)"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %16 = jic.tanh %15 {loc = "two_loops.py:3", jic.shape = ["bcast(x.0, h.0)", "bcast(x.2, h.1)"]} : tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %16 : tensor<?x?xf32>
    } {loc = "two_loops.py:2"}
    %17 = arith.constant {loc = "two_loops.py:4"} 5.000000e-01 : f64
    %18 = jic.mul %11, %17 {loc = "two_loops.py:4", jic.shape = ["h.0", "h.1"]} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
    %19 = jic.dim %x[1] {loc = "two_loops.py:5"} : tensor<?x?x?xf32>
    %20 = arith.constant {loc = "two_loops.py:5"} 0 : index
    %21 = arith.constant {loc = "two_loops.py:5"} 1 : index
    %22 = jic.broadcast_dim %5, %4 {msg = "two_loops.py:6: add: the sizes (bcast(x.0, h.0), bcast(x.2, h.1)) and (h.0, h.1) cannot be broadcast", loc = "two_loops.py:2"}
    %23 = jic.broadcast_dim %8, %7 {msg = "two_loops.py:6: add: the sizes (bcast(x.0, h.0), bcast(x.2, h.1)) and (h.0, h.1) cannot be broadcast", loc = "two_loops.py:2"}
    %24 = arith.cmpi eq, %4, %22 : index
    cf.assert %24, "two_loops.py:6: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(bcast(x.0, h.0), h.0)); jic needs it to keep its shape" {jic.limitation, loc = "two_loops.py:2"}
    %25 = arith.cmpi eq, %7, %23 : index
    cf.assert %25, "two_loops.py:6: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(bcast(x.2, h.1), h.1)); jic needs it to keep its shape" {jic.limitation, loc = "two_loops.py:2"}
    %26 = scf.for %27 = %20 to %19 step %21 iter_args(%28 = %18) -> (tensor<?x?xf32>) {
      %29 = jic.select %x[1 = %27] {loc = "two_loops.py:6", jic.shape = ["x.0", "x.2"]} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %30 = jic.sub %29, %28 {loc = "two_loops.py:6", jic.shape = ["bcast(x.0, h.0)", "bcast(x.2, h.1)"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %31 = jic.add %30, %11 {loc = "two_loops.py:6", jic.shape = ["bcast(bcast(x.0, h.0), h.0)", "bcast(bcast(x.2, h.1), h.1)"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %32 = jic.sigmoid %31 {loc = "two_loops.py:6", jic.shape = ["bcast(bcast(x.0, h.0), h.0)", "bcast(bcast(x.2, h.1), h.1)"]} : tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %32 : tensor<?x?xf32>
    } {loc = "two_loops.py:5"}
    func.return %26 : tensor<?x?xf32>
  }
}
