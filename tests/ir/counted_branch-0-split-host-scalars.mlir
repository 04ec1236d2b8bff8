// PASS: split-host-scalars
// INPUT:
builtin.module {
  func.func @counted_branch(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> (tensor<?x?xf32>, index) {
    %0 = jic.dim %x[1] {loc = "counted_branch.py:4"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "counted_branch.py:4"} 0 : index
    %2 = arith.constant {loc = "counted_branch.py:4"} 1 : index
    %3 = arith.constant {loc = "counted_branch.py:4"} 0 : index
    %4, %5 = scf.for %6 = %1 to %0 step %2 iter_args(%h_1 = %h, %n = %3) -> (tensor<?x?xf32>, index) {
      %7 = jic.select %x[1 = %6] {loc = "counted_branch.py:5"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %8 = jic.add %7, %h_1 {loc = "counted_branch.py:5"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %9 = jic.tanh %8 {loc = "counted_branch.py:5"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %10 = arith.constant {loc = "counted_branch.py:6"} 3 : index
      %11 = arith.constant {loc = "counted_branch.py:6"} 0 : index
      %12 = arith.divsi %6, %10 {loc = "counted_branch.py:6"} : index
      %13 = arith.remsi %6, %10 {loc = "counted_branch.py:6"} : index
      %14 = arith.cmpi ne, %13, %11 : index
      %15 = arith.cmpi slt, %13, %11 : index
      %16 = arith.cmpi slt, %10, %11 : index
      %17 = arith.xori %15, %16 {loc = "counted_branch.py:6"} : i1
      %18 = arith.andi %14, %17 {loc = "counted_branch.py:6"} : i1
      %19 = arith.addi %13, %10 {loc = "counted_branch.py:6"} : index
      %20 = arith.select %18, %19, %13 {loc = "counted_branch.py:6"} : index
      %21 = arith.constant {loc = "counted_branch.py:6"} 0 : index
      %22 = arith.cmpi eq, %20, %21 : index
      %23, %24 = scf.if %22 -> (tensor<?x?xf32>, index) {
        %25 = arith.constant {loc = "counted_branch.py:7"} 5.000000e-01 : f64
        %26 = jic.mul %9, %25 {loc = "counted_branch.py:7"} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
        %27 = arith.constant {loc = "counted_branch.py:8"} 1 : index
        %28 = arith.addi %n, %27 {loc = "counted_branch.py:8"} : index
        scf.yield %26, %28 : tensor<?x?xf32>, index
      } else {
        scf.yield %9, %n : tensor<?x?xf32>, index
      }{loc = "counted_branch.py:6"}
      scf.yield %23, %24 : tensor<?x?xf32>, index
    } {loc = "counted_branch.py:4"}
    func.return %4, %5 : tensor<?x?xf32>, index
  }
}
// OUTPUT:
builtin.module {
  func.func @counted_branch(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> (tensor<?x?xf32>, index) {
    %0 = jic.dim %x[1] {loc = "counted_branch.py:4"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "counted_branch.py:4"} 0 : index
    %2 = arith.constant {loc = "counted_branch.py:4"} 1 : index
    %3 = arith.constant {loc = "counted_branch.py:4"} 0 : index
    %4 = scf.for %5 = %1 to %0 step %2 iter_args(%h_1 = %h) -> (tensor<?x?xf32>) {
      %6 = jic.select %x[1 = %5] {loc = "counted_branch.py:5"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %7 = jic.add %6, %h_1 {loc = "counted_branch.py:5"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %8 = jic.tanh %7 {loc = "counted_branch.py:5"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %9 = arith.constant {loc = "counted_branch.py:6"} 3 : index
      %10 = arith.constant {loc = "counted_branch.py:6"} 0 : index
      %11 = arith.remsi %5, %9 {loc = "counted_branch.py:6"} : index
      %12 = arith.cmpi ne, %11, %10 : index
      %13 = arith.cmpi slt, %11, %10 : index
      %14 = arith.cmpi slt, %9, %10 : index
      %15 = arith.xori %13, %14 {loc = "counted_branch.py:6"} : i1
      %16 = arith.andi %12, %15 {loc = "counted_branch.py:6"} : i1
      %17 = arith.addi %11, %9 {loc = "counted_branch.py:6"} : index
      %18 = arith.select %16, %17, %11 {loc = "counted_branch.py:6"} : index
      %19 = arith.constant {loc = "counted_branch.py:6"} 0 : index
      %20 = arith.cmpi eq, %18, %19 : index
      %21 = scf.if %20 -> (tensor<?x?xf32>) {
        %22 = arith.constant {loc = "counted_branch.py:7"} 5.000000e-01 : f64
        %23 = jic.mul %8, %22 {loc = "counted_branch.py:7"} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
        scf.yield %23 : tensor<?x?xf32>
      } else {
        scf.yield %8 : tensor<?x?xf32>
      }{loc = "counted_branch.py:6"}
      scf.yield %21 : tensor<?x?xf32>
    } {loc = "counted_branch.py:4"}
    %24 = scf.for %25 = %1 to %0 step %2 iter_args(%26 = %3) -> (index) {
      %27 = arith.constant {loc = "counted_branch.py:6"} 3 : index
      %28 = arith.constant {loc = "counted_branch.py:6"} 0 : index
      %29 = arith.remsi %25, %27 {loc = "counted_branch.py:6"} : index
      %30 = arith.cmpi ne, %29, %28 : index
      %31 = arith.cmpi slt, %29, %28 : index
      %32 = arith.cmpi slt, %27, %28 : index
      %33 = arith.xori %31, %32 {loc = "counted_branch.py:6"} : i1
      %34 = arith.andi %30, %33 {loc = "counted_branch.py:6"} : i1
      %35 = arith.addi %29, %27 {loc = "counted_branch.py:6"} : index
      %36 = arith.select %34, %35, %29 {loc = "counted_branch.py:6"} : index
      %37 = arith.constant {loc = "counted_branch.py:6"} 0 : index
      %38 = arith.cmpi eq, %36, %37 : index
      %39 = scf.if %38 -> (index) {
        %40 = arith.constant {loc = "counted_branch.py:8"} 1 : index
        %41 = arith.addi %26, %40 {loc = "counted_branch.py:8"} : index
        scf.yield %41 : index
      } else {
        scf.yield %26 : index
      }{loc = "counted_branch.py:6"}
      scf.yield %39 : index
    } {loc = "counted_branch.py:4"}
    func.return %4, %24 : tensor<?x?xf32>, index
  }
}
