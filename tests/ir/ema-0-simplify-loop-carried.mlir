// PASS: simplify-loop-carried
// INPUT:
builtin.module {
  func.func @ema(%x: tensor<?x?x?xf32>, %s: tensor<?x?xf32>, %alpha: f64) -> (tensor<?x?xf32>, tensor<?x?xf32>) {
    %T = jic.dim %x[1] {loc = "ema.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %one = arith.constant 1.000000e+00 : f64
    %r = scf.for %t = %c0 to %T step %c1 iter_args(%sc = %s) -> (tensor<?x?xf32>) {
      %xt = jic.select %x[1 = %t] {loc = "ema.py:4"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %a = jic.mul %alpha, %xt {loc = "ema.py:4"} : f64, tensor<?x?xf32> -> tensor<?x?xf32>
      %om = arith.subf %one, %alpha : f64
      %b = jic.mul %om, %sc {loc = "ema.py:4"} : f64, tensor<?x?xf32> -> tensor<?x?xf32>
      %n = jic.add %a, %b {loc = "ema.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %n : tensor<?x?xf32>
    }
    %two = arith.constant 2.000000e+00 : f64
    %d = jic.mul %r, %two {loc = "ema.py:5"} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
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
    %r = scf.for %t = %c0 to %T step %c1 iter_args(%sc = %s) -> (tensor<?x?xf32>) {
      %xt = jic.select %x[1 = %t] {loc = "ema.py:4"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %a = jic.mul %alpha, %xt {loc = "ema.py:4"} : f64, tensor<?x?xf32> -> tensor<?x?xf32>
      %om = arith.subf %one, %alpha {loc = "ema.py:4"} : f64
      %b = jic.mul %om, %sc {loc = "ema.py:4"} : f64, tensor<?x?xf32> -> tensor<?x?xf32>
      %n = jic.add %a, %b {loc = "ema.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %n : tensor<?x?xf32>
    } {loc = "ema.py:5"}
    %two = arith.constant {loc = "ema.py:5"} 2.000000e+00 : f64
    %d = jic.mul %r, %two {loc = "ema.py:5"} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
    func.return %r, %d : tensor<?x?xf32>, tensor<?x?xf32>
  }
}
