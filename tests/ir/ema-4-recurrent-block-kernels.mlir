// PASS: recurrent-block-kernels
// INPUT:
builtin.module {
  func.func @ema(%x: tensor<?x?x?xf32>, %s: tensor<?x?xf32>, %alpha: f64) -> (tensor<?x?xf32>, tensor<?x?xf32>) {
    %T = jic.dim %x[1] {loc = "ema.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "ema.py:5"} 0 : index
    %c1 = arith.constant {loc = "ema.py:5"} 1 : index
    %one = arith.constant {loc = "ema.py:4"} 1.000000e+00 : f64
    %om = arith.subf %one, %alpha {loc = "ema.py:4"} : f64
    %0 = jic.dim %x[0] {loc = "ema.py:4"} : tensor<?x?x?xf32>
    %1 = jic.dim %s[0] {loc = "ema.py:4"} : tensor<?x?xf32>
    %2 = jic.broadcast_dim %0, %1 {msg = "ema.py:4: add: the sizes (x.0, x.2) and (s.0, s.1) cannot be broadcast", loc = "ema.py:4"}
    %3 = jic.dim %x[2] {loc = "ema.py:4"} : tensor<?x?x?xf32>
    %4 = jic.dim %s[1] {loc = "ema.py:4"} : tensor<?x?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "ema.py:4: add: the sizes (x.0, x.2) and (s.0, s.1) cannot be broadcast", loc = "ema.py:4"}
    %6 = arith.cmpi eq, %1, %2 : index
    cf.assert %6, "ema.py:4: a loop-carried tensor would change its size inside the loop (from s.0 to bcast(x.0, s.0)); jic needs it to keep its shape" {jic.limitation, loc = "ema.py:4"}
    %7 = arith.cmpi eq, %4, %5 : index
    cf.assert %7, "ema.py:4: a loop-carried tensor would change its size inside the loop (from s.1 to bcast(x.2, s.1)); jic needs it to keep its shape" {jic.limitation, loc = "ema.py:4"}
    %r = "jic.kernel"(%1, %4) ({
    ^bb0(%8: index, %9: index):
      %10 = jic.load %s[%8, %9] {loc = "ema.py:4"} : tensor<?x?xf32> -> f32
      %11 = scf.for %12 = %c0 to %T step %c1 iter_args(%13 = %10) -> (f32) {
        %14 = arith.truncf %alpha {loc = "ema.py:4"} : f64 to f32
        %15 = jic.load %x[%8, %12, %9] {loc = "ema.py:4"} : tensor<?x?x?xf32> -> f32
        %16 = arith.mulf %14, %15 {loc = "ema.py:4"} : f32
        %17 = arith.truncf %om {loc = "ema.py:4"} : f64 to f32
        %18 = arith.mulf %17, %13 {loc = "ema.py:4"} : f32
        %19 = arith.addf %16, %18 {loc = "ema.py:4"} : f32
        scf.yield %19 : f32
      } {loc = "ema.py:4"}
      jic.yield %11 : f32
    }) {jic.shape = ["s.0", "s.1"], loc = "ema.py:5"} : (index, index) -> tensor<?x?xf32>
    %two = arith.constant {loc = "ema.py:5"} 2.000000e+00 : f64
    %d = jic.mul %r, %two {loc = "ema.py:5", jic.shape = ["s.0", "s.1"]} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
    func.return %r, %d : tensor<?x?xf32>, tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @ema(%x: tensor<?x?x?xf32>, %s: tensor<?x?xf32>, %alpha: f64) -> (tensor<?x?xf32>, tensor<?x?xf32>) {
    %T = jic.dim %x[1] {loc = "ema.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "ema.py:5"} 0 : index
    %c1 = arith.constant {loc = "ema.py:5"} 1 : index
    %one = arith.constant {loc = "ema.py:4"} 1.000000e+00 : f64
    %om = arith.subf %one, %alpha {loc = "ema.py:4"} : f64
    %0 = jic.dim %x[0] {loc = "ema.py:4"} : tensor<?x?x?xf32>
    %1 = jic.dim %s[0] {loc = "ema.py:4"} : tensor<?x?xf32>
    %2 = jic.broadcast_dim %0, %1 {msg = "ema.py:4: add: the sizes (x.0, x.2) and (s.0, s.1) cannot be broadcast", loc = "ema.py:4"}
    %3 = jic.dim %x[2] {loc = "ema.py:4"} : tensor<?x?x?xf32>
    %4 = jic.dim %s[1] {loc = "ema.py:4"} : tensor<?x?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "ema.py:4: add: the sizes (x.0, x.2) and (s.0, s.1) cannot be broadcast", loc = "ema.py:4"}
    %6 = arith.cmpi eq, %1, %2 : index
    cf.assert %6, "ema.py:4: a loop-carried tensor would change its size inside the loop (from s.0 to bcast(x.0, s.0)); jic needs it to keep its shape" {jic.limitation, loc = "ema.py:4"}
    %7 = arith.cmpi eq, %4, %5 : index
    cf.assert %7, "ema.py:4: a loop-carried tensor would change its size inside the loop (from s.1 to bcast(x.2, s.1)); jic needs it to keep its shape" {jic.limitation, loc = "ema.py:4"}
    %r = "jic.kernel"(%1, %4) ({
    ^bb0(%8: index, %9: index):
      %10 = jic.load %s[%8, %9] {loc = "ema.py:4"} : tensor<?x?xf32> -> f32
      %11 = scf.for %12 = %c0 to %T step %c1 iter_args(%13 = %10) -> (f32) {
        %14 = arith.truncf %alpha {loc = "ema.py:4"} : f64 to f32
        %15 = jic.load %x[%8, %12, %9] {loc = "ema.py:4"} : tensor<?x?x?xf32> -> f32
        %16 = arith.mulf %14, %15 {loc = "ema.py:4"} : f32
        %17 = arith.truncf %om {loc = "ema.py:4"} : f64 to f32
        %18 = arith.mulf %17, %13 {loc = "ema.py:4"} : f32
        %19 = arith.addf %16, %18 {loc = "ema.py:4"} : f32
        scf.yield %19 : f32
      } {loc = "ema.py:4"}
      jic.yield %11 : f32
    }) {jic.shape = ["s.0", "s.1"], loc = "ema.py:5"} : (index, index) -> tensor<?x?xf32>
    %two = arith.constant {loc = "ema.py:5"} 2.000000e+00 : f64
    %d = jic.mul %r, %two {loc = "ema.py:5", jic.shape = ["s.0", "s.1"]} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
    func.return %r, %d : tensor<?x?xf32>, tensor<?x?xf32>
  }
}
