// PASS: simplify-loop-carried
// INPUT:
builtin.module {
  func.func @two_loops(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = jic.dim %x[1] {loc = "two_loops.py:2"} : tensor<?x?x?xf32>
    %1 = arith.constant 0 : index
    %2 = arith.constant 1 : index
    %3 = scf.for %4 = %1 to %0 step %2 iter_args(%5 = %h) -> (tensor<?x?xf32>) {
      %6 = jic.select %x[1 = %4] {loc = "two_loops.py:3"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %7 = jic.add %6, %5 {loc = "two_loops.py:3"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %8 = jic.tanh %7 {loc = "two_loops.py:3"} : tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %8 : tensor<?x?xf32>
    } {loc = "two_loops.py:2"}
    %9 = arith.constant 5.000000e-01 : f64
    %10 = jic.mul %3, %9 {loc = "two_loops.py:4"} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
    %11 = jic.dim %x[1] {loc = "two_loops.py:5"} : tensor<?x?x?xf32>
    %12 = arith.constant 0 : index
    %13 = arith.constant 1 : index
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
