// PASS: elementwise-to-kernels
// INPUT:
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
    %11 = "jic.kernel"(%4, %7) ({
    ^bb0(%12: index, %13: index):
      %14 = jic.load %h[%12, %13] {loc = "two_loops.py:3"} : tensor<?x?xf32> -> f32
      %15 = scf.for %16 = %1 to %0 step %2 iter_args(%17 = %14) -> (f32) {
        %18 = jic.load %x[%12, %16, %13] {loc = "two_loops.py:3"} : tensor<?x?x?xf32> -> f32
        %19 = arith.addf %18, %17 {loc = "two_loops.py:3"} : f32
        %20 = math.tanh %19 {loc = "two_loops.py:3"} : f32
        scf.yield %20 : f32
      } {loc = "two_loops.py:3"}
      jic.yield %15 : f32
    }) {jic.shape = ["h.0", "h.1"], loc = "two_loops.py:6"} : (index, index) -> tensor<?x?xf32>
    %21 = arith.constant {loc = "two_loops.py:4"} 5.000000e-01 : f64
    %22 = jic.mul %11, %21 {loc = "two_loops.py:4", jic.shape = ["h.0", "h.1"]} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
    %23 = jic.dim %x[1] {loc = "two_loops.py:5"} : tensor<?x?x?xf32>
    %24 = arith.constant {loc = "two_loops.py:5"} 0 : index
    %25 = arith.constant {loc = "two_loops.py:5"} 1 : index
    %26 = jic.broadcast_dim %5, %4 {msg = "two_loops.py:6: add: the sizes (bcast(x.0, h.0), bcast(x.2, h.1)) and (h.0, h.1) cannot be broadcast", loc = "two_loops.py:2"}
    %27 = jic.broadcast_dim %8, %7 {msg = "two_loops.py:6: add: the sizes (bcast(x.0, h.0), bcast(x.2, h.1)) and (h.0, h.1) cannot be broadcast", loc = "two_loops.py:2"}
    %28 = arith.cmpi eq, %4, %26 : index
    cf.assert %28, "two_loops.py:6: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(bcast(x.0, h.0), h.0)); jic needs it to keep its shape" {jic.limitation, loc = "two_loops.py:2"}
    %29 = arith.cmpi eq, %7, %27 : index
    cf.assert %29, "two_loops.py:6: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(bcast(x.2, h.1), h.1)); jic needs it to keep its shape" {jic.limitation, loc = "two_loops.py:2"}
    %30 = "jic.kernel"(%4, %7) ({
    ^bb0(%31: index, %32: index):
      %33 = jic.load %22[%31, %32] {loc = "two_loops.py:6"} : tensor<?x?xf32> -> f32
      %34 = scf.for %35 = %24 to %23 step %25 iter_args(%36 = %33) -> (f32) {
        %37 = jic.load %x[%31, %35, %32] {loc = "two_loops.py:6"} : tensor<?x?x?xf32> -> f32
        %38 = arith.subf %37, %36 {loc = "two_loops.py:6"} : f32
        %39 = jic.load %11[%31, %32] {loc = "two_loops.py:6"} : tensor<?x?xf32> -> f32
        %40 = arith.addf %38, %39 {loc = "two_loops.py:6"} : f32
        %41 = arith.constant {loc = "two_loops.py:6"} 1.000000e+00 : f32
        %42 = arith.negf %40 {loc = "two_loops.py:6"} : f32
        %43 = math.exp %42 {loc = "two_loops.py:6"} : f32
        %44 = arith.addf %41, %43 {loc = "two_loops.py:6"} : f32
        %45 = arith.divf %41, %44 {loc = "two_loops.py:6"} : f32
        scf.yield %45 : f32
      } {loc = "two_loops.py:6"}
      jic.yield %34 : f32
    }) {jic.shape = ["h.0", "h.1"], loc = "two_loops.py:6"} : (index, index) -> tensor<?x?xf32>
    func.return %30 : tensor<?x?xf32>
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
    %11 = "jic.kernel"(%4, %7) ({
    ^bb0(%12: index, %13: index):
      %14 = jic.load %h[%12, %13] {loc = "two_loops.py:3"} : tensor<?x?xf32> -> f32
      %15 = scf.for %16 = %1 to %0 step %2 iter_args(%17 = %14) -> (f32) {
        %18 = jic.load %x[%12, %16, %13] {loc = "two_loops.py:3"} : tensor<?x?x?xf32> -> f32
        %19 = arith.addf %18, %17 {loc = "two_loops.py:3"} : f32
        %20 = math.tanh %19 {loc = "two_loops.py:3"} : f32
        scf.yield %20 : f32
      } {loc = "two_loops.py:3"}
      jic.yield %15 : f32
    }) {jic.shape = ["h.0", "h.1"], loc = "two_loops.py:6"} : (index, index) -> tensor<?x?xf32>
    %21 = arith.constant {loc = "two_loops.py:4"} 5.000000e-01 : f64
    %22 = "jic.kernel"(%4, %7) ({
    ^bb0(%23: index, %24: index):
      %25 = jic.load %11[%23, %24] {loc = "two_loops.py:4"} : tensor<?x?xf32> -> f32
      %26 = arith.truncf %21 {loc = "two_loops.py:4"} : f64 to f32
      %27 = arith.mulf %25, %26 {loc = "two_loops.py:4"} : f32
      jic.yield %27 : f32
    }) {loc = "two_loops.py:6"} : (index, index) -> tensor<?x?xf32>
    %28 = jic.dim %x[1] {loc = "two_loops.py:5"} : tensor<?x?x?xf32>
    %29 = arith.constant {loc = "two_loops.py:5"} 0 : index
    %30 = arith.constant {loc = "two_loops.py:5"} 1 : index
    %31 = jic.broadcast_dim %5, %4 {msg = "two_loops.py:6: add: the sizes (bcast(x.0, h.0), bcast(x.2, h.1)) and (h.0, h.1) cannot be broadcast", loc = "two_loops.py:2"}
    %32 = jic.broadcast_dim %8, %7 {msg = "two_loops.py:6: add: the sizes (bcast(x.0, h.0), bcast(x.2, h.1)) and (h.0, h.1) cannot be broadcast", loc = "two_loops.py:2"}
    %33 = arith.cmpi eq, %4, %31 : index
    cf.assert %33, "two_loops.py:6: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(bcast(x.0, h.0), h.0)); jic needs it to keep its shape" {jic.limitation, loc = "two_loops.py:2"}
    %34 = arith.cmpi eq, %7, %32 : index
    cf.assert %34, "two_loops.py:6: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(bcast(x.2, h.1), h.1)); jic needs it to keep its shape" {jic.limitation, loc = "two_loops.py:2"}
    %35 = "jic.kernel"(%4, %7) ({
    ^bb0(%36: index, %37: index):
      %38 = jic.load %22[%36, %37] {loc = "two_loops.py:6"} : tensor<?x?xf32> -> f32
      %39 = scf.for %40 = %29 to %28 step %30 iter_args(%41 = %38) -> (f32) {
        %42 = jic.load %x[%36, %40, %37] {loc = "two_loops.py:6"} : tensor<?x?x?xf32> -> f32
        %43 = arith.subf %42, %41 {loc = "two_loops.py:6"} : f32
        %44 = jic.load %11[%36, %37] {loc = "two_loops.py:6"} : tensor<?x?xf32> -> f32
        %45 = arith.addf %43, %44 {loc = "two_loops.py:6"} : f32
        %46 = arith.constant {loc = "two_loops.py:6"} 1.000000e+00 : f32
        %47 = arith.negf %45 {loc = "two_loops.py:6"} : f32
        %48 = math.exp %47 {loc = "two_loops.py:6"} : f32
        %49 = arith.addf %46, %48 {loc = "two_loops.py:6"} : f32
        %50 = arith.divf %46, %49 {loc = "two_loops.py:6"} : f32
        scf.yield %50 : f32
      } {loc = "two_loops.py:6"}
      jic.yield %39 : f32
    }) {jic.shape = ["h.0", "h.1"], loc = "two_loops.py:6"} : (index, index) -> tensor<?x?xf32>
    func.return %35 : tensor<?x?xf32>
  }
}
