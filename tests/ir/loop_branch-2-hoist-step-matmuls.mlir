// PASS: hoist-step-matmuls
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
