// PASS: hoist-invariant-scalars
// INPUT:
builtin.module {
  func.func @loop_branch(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> attributes {jic.params = "x,h", jic.returns_tuple = "0"} {
    %0 = jic.dim %x[1] {loc = "loop_branch.py:2"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "loop_branch.py:2"} 0 : index
    %2 = arith.constant {loc = "loop_branch.py:2"} 1 : index
    %3 = scf.for %4 = %1 to %0 step %2 iter_args(%5 = %h) -> (tensor<?x?xf32>) {
      %6 = arith.constant {loc = "loop_branch.py:3"} 2 : index
      %7 = arith.divsi %4, %6 {loc = "loop_branch.py:3"} : index
      %8 = arith.remsi %4, %6 {loc = "loop_branch.py:3"} : index
      %9 = arith.constant {loc = "loop_branch.py:3"} 0 : index
      %10 = arith.cmpi ne, %8, %9 : index
      %11 = arith.cmpi slt, %8, %9 : index
      %12 = arith.cmpi slt, %6, %9 : index
      %13 = arith.xori %11, %12 {loc = "loop_branch.py:3"} : i1
      %14 = arith.andi %10, %13 {loc = "loop_branch.py:3"} : i1
      %15 = arith.addi %8, %6 {loc = "loop_branch.py:3"} : index
      %16 = arith.select %14, %15, %8 {loc = "loop_branch.py:3"} : index
      %17 = arith.constant {loc = "loop_branch.py:3"} 0 : index
      %18 = arith.cmpi eq, %16, %17 : index
      %19 = scf.if %18 -> (tensor<?x?xf32>) {
        %20 = jic.select %x[1 = %4] {loc = "loop_branch.py:4"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
        %21 = jic.add %5, %20 {loc = "loop_branch.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %22 = jic.tanh %21 {loc = "loop_branch.py:4"} : tensor<?x?xf32> -> tensor<?x?xf32>
        scf.yield %22 : tensor<?x?xf32>
      } else {
        %23 = arith.constant {loc = "loop_branch.py:6"} 5.000000e-01 : f64
        %24 = jic.mul %5, %23 {loc = "loop_branch.py:6"} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
        scf.yield %24 : tensor<?x?xf32>
      }{loc = "loop_branch.py:3"}
      scf.yield %19 : tensor<?x?xf32>
    } {loc = "loop_branch.py:2"}
    func.return %3 : tensor<?x?xf32>
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
    %8 = scf.for %9 = %1 to %0 step %2 iter_args(%10 = %h) -> (tensor<?x?xf32>) {
      %11 = arith.divsi %9, %3 {loc = "loop_branch.py:3"} : index
      %12 = arith.remsi %9, %3 {loc = "loop_branch.py:3"} : index
      %13 = arith.cmpi ne, %12, %4 : index
      %14 = arith.cmpi slt, %12, %4 : index
      %15 = arith.xori %14, %5 {loc = "loop_branch.py:3"} : i1
      %16 = arith.andi %13, %15 {loc = "loop_branch.py:3"} : i1
      %17 = arith.addi %12, %3 {loc = "loop_branch.py:3"} : index
      %18 = arith.select %16, %17, %12 {loc = "loop_branch.py:3"} : index
      %19 = arith.cmpi eq, %18, %6 : index
      %20 = scf.if %19 -> (tensor<?x?xf32>) {
        %21 = jic.select %x[1 = %9] {loc = "loop_branch.py:4"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
        %22 = jic.add %10, %21 {loc = "loop_branch.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %23 = jic.tanh %22 {loc = "loop_branch.py:4"} : tensor<?x?xf32> -> tensor<?x?xf32>
        scf.yield %23 : tensor<?x?xf32>
      } else {
        %24 = jic.mul %10, %7 {loc = "loop_branch.py:6"} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
        scf.yield %24 : tensor<?x?xf32>
      }{loc = "loop_branch.py:3"}
      scf.yield %20 : tensor<?x?xf32>
    } {loc = "loop_branch.py:2"}
    func.return %8 : tensor<?x?xf32>
  }
}
