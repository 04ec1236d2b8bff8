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
    %5 = scf.for %6 = %1 to %0 step %2 iter_args(%7 = %3) -> (index) {
      %8 = arith.constant {loc = "counters.py:8"} 2 : index
      %9 = arith.constant {loc = "counters.py:8"} 0 : index
      %10 = arith.remsi %6, %8 {loc = "counters.py:8"} : index
      %11 = arith.cmpi ne, %10, %9 : index
      %12 = arith.cmpi slt, %10, %9 : index
      %13 = arith.cmpi slt, %8, %9 : index
      %14 = arith.xori %12, %13 {loc = "counters.py:8"} : i1
      %15 = arith.andi %11, %14 {loc = "counters.py:8"} : i1
      %16 = arith.addi %10, %8 {loc = "counters.py:8"} : index
      %17 = arith.select %15, %16, %10 {loc = "counters.py:8"} : index
      %18 = arith.constant {loc = "counters.py:8"} 0 : index
      %19 = arith.cmpi eq, %17, %18 : index
      %20 = arith.constant {loc = "counters.py:9"} 2 : index
      %21 = arith.addi %7, %20 {loc = "counters.py:9"} : index
      %22 = arith.select %19, %21, %7 {loc = "counters.py:8"} : index
      scf.yield %22 : index
    } {loc = "counters.py:5"}
    %23 = arith.subi %0, %1 {loc = "counters.py:5"} : index
    %24 = arith.addi %23, %2 {loc = "counters.py:5"} : index
    %25 = arith.constant {loc = "counters.py:5"} 1 : index
    %26 = arith.subi %24, %25 {loc = "counters.py:5"} : index
    %27 = arith.cmpi slt, %1, %0 : index
    %28 = arith.divsi %26, %2 {loc = "counters.py:5"} : index
    %29 = arith.constant {loc = "counters.py:5"} 0 : index
    %30 = arith.select %27, %28, %29 {loc = "counters.py:5"} : index
    %31 = arith.constant {loc = "counters.py:7"} 1 : index
    %32 = arith.muli %31, %30 {loc = "counters.py:7"} : index
    %33 = arith.addi %4, %32 {loc = "counters.py:5"} : index
    %34, %35 = scf.for %36 = %1 to %0 step %2 iter_args(%h_1 = %h, %m = %3) -> (tensor<?x?xf32>, index) {
      %37 = jic.select %x[1 = %36] {loc = "counters.py:6"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %38 = jic.mul %37, %m {loc = "counters.py:6"} : tensor<?x?xf32>, index -> tensor<?x?xf32>
      %39 = jic.add %38, %h_1 {loc = "counters.py:6"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %40 = jic.tanh %39 {loc = "counters.py:6"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %41 = arith.constant {loc = "counters.py:8"} 2 : index
      %42 = arith.constant {loc = "counters.py:8"} 0 : index
      %43 = arith.remsi %36, %41 {loc = "counters.py:8"} : index
      %44 = arith.cmpi ne, %43, %42 : index
      %45 = arith.cmpi slt, %43, %42 : index
      %46 = arith.cmpi slt, %41, %42 : index
      %47 = arith.xori %45, %46 {loc = "counters.py:8"} : i1
      %48 = arith.andi %44, %47 {loc = "counters.py:8"} : i1
      %49 = arith.addi %43, %41 {loc = "counters.py:8"} : index
      %50 = arith.select %48, %49, %43 {loc = "counters.py:8"} : index
      %51 = arith.constant {loc = "counters.py:8"} 0 : index
      %52 = arith.cmpi eq, %50, %51 : index
      %53 = arith.constant {loc = "counters.py:9"} 2 : index
      %54 = arith.addi %m, %53 {loc = "counters.py:9"} : index
      %55 = arith.select %52, %54, %m {loc = "counters.py:8"} : index
      scf.yield %40, %55 : tensor<?x?xf32>, index
    } {loc = "counters.py:5"}
    func.return %34, %33, %5 : tensor<?x?xf32>, index, index
  }
}
