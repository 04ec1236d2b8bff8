// PASS: simplify-loop-carried
// INPUT:
builtin.module {
  func.func @python_locals(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = jic.dim %x[1] {loc = "python_locals.py:4"} : tensor<?x?x?xf32>
    %1 = arith.constant 0 : index
    %2 = arith.constant 1 : index
    %3 = arith.constant 2 : index
    %4 = arith.constant 0 : index
    %5, %6, %7 = scf.for %8 = %1 to %0 step %2 iter_args(%9 = %h, %10 = %3, %11 = %4) -> (tensor<?x?xf32>, index, index) {
      %12 = jic.select %x[1 = %8] {loc = "python_locals.py:5"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %13 = jic.mul %12, %10 {loc = "python_locals.py:5"} : tensor<?x?xf32>, index -> tensor<?x?xf32>
      %14 = jic.add %13, %9 {loc = "python_locals.py:5"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %15 = jic.tanh %14 {loc = "python_locals.py:5"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %16 = arith.constant 2 : index
      scf.yield %15, %16, %8 : tensor<?x?xf32>, index, index
    } {loc = "python_locals.py:4"}
    %17 = jic.mul %5, %7 {loc = "python_locals.py:7"} : tensor<?x?xf32>, index -> tensor<?x?xf32>
    func.return %17 : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @python_locals(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = jic.dim %x[1] {loc = "python_locals.py:4"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "python_locals.py:4"} 0 : index
    %2 = arith.constant {loc = "python_locals.py:4"} 1 : index
    %3 = arith.constant {loc = "python_locals.py:5"} 2 : index
    %4 = arith.constant {loc = "python_locals.py:7"} 0 : index
    %5 = scf.for %6 = %1 to %0 step %2 iter_args(%7 = %h) -> (tensor<?x?xf32>) {
      %8 = jic.select %x[1 = %6] {loc = "python_locals.py:5"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %9 = jic.mul %8, %3 {loc = "python_locals.py:5"} : tensor<?x?xf32>, index -> tensor<?x?xf32>
      %10 = jic.add %9, %7 {loc = "python_locals.py:5"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %11 = jic.tanh %10 {loc = "python_locals.py:5"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %12 = arith.constant {loc = "python_locals.py:5"} 2 : index
      scf.yield %11 : tensor<?x?xf32>
    } {loc = "python_locals.py:4"}
    %13 = arith.constant {loc = "python_locals.py:7"} 1 : index
    %14 = arith.subi %0, %1 {loc = "python_locals.py:7"} : index
    %15 = arith.subi %14, %13 {loc = "python_locals.py:7"} : index
    %16 = arith.divsi %15, %2 {loc = "python_locals.py:7"} : index
    %17 = arith.muli %16, %2 {loc = "python_locals.py:7"} : index
    %18 = arith.addi %1, %17 {loc = "python_locals.py:7"} : index
    %19 = arith.cmpi slt, %1, %0 : index
    %20 = arith.select %19, %18, %4 {loc = "python_locals.py:7"} : index
    %21 = jic.mul %5, %20 {loc = "python_locals.py:7"} : tensor<?x?xf32>, index -> tensor<?x?xf32>
    func.return %21 : tensor<?x?xf32>
  }
}
