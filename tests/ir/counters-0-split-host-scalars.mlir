// PASS: split-host-scalars
// INPUT:
builtin.module {
  func.func @counters(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> (tensor<?x?xf32>, index, index) {
    %0 = jic.dim %x[1] {loc = "counters.py:5"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "counters.py:5"} 0 : index
    %2 = arith.constant {loc = "counters.py:5"} 1 : index
    %3 = arith.constant {loc = "counters.py:5"} 0 : index
    %4 = arith.constant {loc = "counters.py:5"} 0 : index
    %5, %6, %7 = scf.for %8 = %1 to %0 step %2 iter_args(%h_1 = %h, %m = %3, %n = %4) -> (tensor<?x?xf32>, index, index) {
      %9 = jic.select %x[1 = %8] {loc = "counters.py:6"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %10 = jic.mul %9, %m {loc = "counters.py:6"} : tensor<?x?xf32>, index -> tensor<?x?xf32>
      %11 = jic.add %10, %h_1 {loc = "counters.py:6"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %12 = jic.tanh %11 {loc = "counters.py:6"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %13 = arith.constant {loc = "counters.py:7"} 1 : index
      %14 = arith.addi %n, %13 {loc = "counters.py:7"} : index
      %15 = arith.constant {loc = "counters.py:8"} 2 : index
      %16 = arith.constant {loc = "counters.py:8"} 0 : index
      %17 = arith.divsi %8, %15 {loc = "counters.py:8"} : index
      %18 = arith.remsi %8, %15 {loc = "counters.py:8"} : index
      %19 = arith.cmpi ne, %18, %16 : index
      %20 = arith.cmpi slt, %18, %16 : index
      %21 = arith.cmpi slt, %15, %16 : index
      %22 = arith.xori %20, %21 {loc = "counters.py:8"} : i1
      %23 = arith.andi %19, %22 {loc = "counters.py:8"} : i1
      %24 = arith.addi %18, %15 {loc = "counters.py:8"} : index
      %25 = arith.select %23, %24, %18 {loc = "counters.py:8"} : index
      %26 = arith.constant {loc = "counters.py:8"} 0 : index
      %27 = arith.cmpi eq, %25, %26 : index
      %28 = arith.constant {loc = "counters.py:9"} 2 : index
      %29 = arith.addi %m, %28 {loc = "counters.py:9"} : index
      %30 = arith.select %27, %29, %m {loc = "counters.py:8"} : index
      scf.yield %12, %30, %14 : tensor<?x?xf32>, index, index
    } {loc = "counters.py:5"}
    func.return %5, %7, %6 : tensor<?x?xf32>, index, index
  }
}
// OUTPUT:
builtin.module {
  func.func @counters(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> (tensor<?x?xf32>, index, index) {
    %0 = jic.dim %x[1] {loc = "counters.py:5"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "counters.py:5"} 0 : index
    %2 = arith.constant {loc = "counters.py:5"} 1 : index
    %3 = arith.constant {loc = "counters.py:5"} 0 : index
    %4 = arith.constant {loc = "counters.py:5"} 0 : index
    %5, %6 = scf.for %7 = %1 to %0 step %2 iter_args(%h_1 = %h, %m = %3) -> (tensor<?x?xf32>, index) {
      %8 = jic.select %x[1 = %7] {loc = "counters.py:6"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %9 = jic.mul %8, %m {loc = "counters.py:6"} : tensor<?x?xf32>, index -> tensor<?x?xf32>
      %10 = jic.add %9, %h_1 {loc = "counters.py:6"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %11 = jic.tanh %10 {loc = "counters.py:6"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %12 = arith.constant {loc = "counters.py:8"} 2 : index
      %13 = arith.constant {loc = "counters.py:8"} 0 : index
      %14 = arith.remsi %7, %12 {loc = "counters.py:8"} : index
      %15 = arith.cmpi ne, %14, %13 : index
      %16 = arith.cmpi slt, %14, %13 : index
      %17 = arith.cmpi slt, %12, %13 : index
      %18 = arith.xori %16, %17 {loc = "counters.py:8"} : i1
      %19 = arith.andi %15, %18 {loc = "counters.py:8"} : i1
      %20 = arith.addi %14, %12 {loc = "counters.py:8"} : index
      %21 = arith.select %19, %20, %14 {loc = "counters.py:8"} : index
      %22 = arith.constant {loc = "counters.py:8"} 0 : index
      %23 = arith.cmpi eq, %21, %22 : index
      %24 = arith.constant {loc = "counters.py:9"} 2 : index
      %25 = arith.addi %m, %24 {loc = "counters.py:9"} : index
      %26 = arith.select %23, %25, %m {loc = "counters.py:8"} : index
      scf.yield %11, %26 : tensor<?x?xf32>, index
    } {loc = "counters.py:5"}
    %27 = scf.for %28 = %1 to %0 step %2 iter_args(%29 = %3) -> (index) {
      %30 = arith.constant {loc = "counters.py:8"} 2 : index
      %31 = arith.constant {loc = "counters.py:8"} 0 : index
      %32 = arith.remsi %28, %30 {loc = "counters.py:8"} : index
      %33 = arith.cmpi ne, %32, %31 : index
      %34 = arith.cmpi slt, %32, %31 : index
      %35 = arith.cmpi slt, %30, %31 : index
      %36 = arith.xori %34, %35 {loc = "counters.py:8"} : i1
      %37 = arith.andi %33, %36 {loc = "counters.py:8"} : i1
      %38 = arith.addi %32, %30 {loc = "counters.py:8"} : index
      %39 = arith.select %37, %38, %32 {loc = "counters.py:8"} : index
      %40 = arith.constant {loc = "counters.py:8"} 0 : index
      %41 = arith.cmpi eq, %39, %40 : index
      %42 = arith.constant {loc = "counters.py:9"} 2 : index
      %43 = arith.addi %29, %42 {loc = "counters.py:9"} : index
      %44 = arith.select %41, %43, %29 {loc = "counters.py:8"} : index
      scf.yield %44 : index
    } {loc = "counters.py:5"}
    %45 = arith.subi %0, %1 {loc = "counters.py:5"} : index
    %46 = arith.addi %45, %2 {loc = "counters.py:5"} : index
    %47 = arith.constant {loc = "counters.py:5"} 1 : index
    %48 = arith.subi %46, %47 {loc = "counters.py:5"} : index
    %49 = arith.cmpi slt, %1, %0 : index
    %50 = arith.constant {loc = "counters.py:5"} 0 : index
    %51 = arith.divsi %48, %2 {loc = "counters.py:5"} : index
    %52 = arith.select %49, %51, %50 {loc = "counters.py:5"} : index
    %53 = arith.constant {loc = "counters.py:7"} 1 : index
    %54 = arith.muli %53, %52 {loc = "counters.py:7"} : index
    %55 = arith.addi %4, %54 {loc = "counters.py:5"} : index
    func.return %5, %55, %27 : tensor<?x?xf32>, index, index
  }
}
