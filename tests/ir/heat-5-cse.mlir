// PASS: cse
// INPUT:
builtin.module {
  func.func @heat(%u: tensor<?x?xf32>, %k: f64, %n: index) -> tensor<?x?xf32> {
    %c0 = arith.constant {loc = "heat.py:3"} 0 : index
    %c1 = arith.constant {loc = "heat.py:3"} 1 : index
    %0 = jic.dim %u[0] {loc = "heat.py:3"} : tensor<?x?xf32>
    %1 = jic.dim %u[1] {loc = "heat.py:3"} : tensor<?x?xf32>
    %2 = arith.constant {loc = "heat.py:3"} 8 : index
    %3 = arith.muli %1, %2 {loc = "heat.py:3"} : index
    %4 = arith.constant {loc = "heat.py:3"} 49152 : index
    %5 = arith.cmpi ule, %3, %4 : index
    %r = scf.if %5 -> (tensor<?x?xf32>) {
      %6 = "jic.recurrent_kernel"(%0, %1, %c0, %n, %c1, %u) <{rows_per_block = 1 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1>}> ({
      ^bb0(%7: index, %8: index, %9: index, %10: tensor<?x?xf32>):
        %11 = jic.load %10[%9, %8] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %12 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
        %13 = arith.constant {loc = "heat.py:3"} 1 : index
        %14 = arith.remsi %13, %1 {loc = "heat.py:3"} : index
        %15 = arith.subi %8, %14 {loc = "heat.py:3"} : index
        %16 = arith.addi %15, %1 {loc = "heat.py:3"} : index
        %17 = arith.remui %16, %1 {loc = "heat.py:3"} : index
        %18 = jic.load %10[%9, %17] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %c2 = arith.constant {loc = "heat.py:3"} 2 : index
        %19 = arith.index_cast %c2 {loc = "heat.py:3"} : index to i64
        %20 = arith.sitofp %19 {loc = "heat.py:3"} : i64 to f32
        %21 = arith.mulf %20, %11 {loc = "heat.py:3"} : f32
        %22 = arith.subf %18, %21 {loc = "heat.py:3"} : f32
        %23 = arith.constant {loc = "heat.py:3"} -1 : index
        %24 = arith.remsi %23, %1 {loc = "heat.py:3"} : index
        %25 = arith.subi %8, %24 {loc = "heat.py:3"} : index
        %26 = arith.addi %25, %1 {loc = "heat.py:3"} : index
        %27 = arith.remui %26, %1 {loc = "heat.py:3"} : index
        %28 = jic.load %10[%9, %27] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %29 = arith.addf %22, %28 {loc = "heat.py:3"} : f32
        %30 = arith.mulf %12, %29 {loc = "heat.py:3"} : f32
        %31 = arith.addf %11, %30 {loc = "heat.py:3"} : f32
        jic.recurrent_yield %31 : f32
      }) {jic.shape = ["u.0", "u.1"], loc = "heat.py:3"} : (index, index, index, index, index, tensor<?x?xf32>) -> tensor<?x?xf32>
      scf.yield %6 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %n step %c1 iter_args(%uc = %u) -> (tensor<?x?xf32>) {
        %c2_1 = arith.constant {loc = "heat.py:3"} 2 : index
        %new = "jic.kernel"(%0, %1) ({
        ^bb0(%32: index, %33: index):
          %34 = jic.load %uc[%32, %33] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %35 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
          %36 = arith.constant {loc = "heat.py:3"} 1 : index
          %37 = arith.remsi %36, %1 {loc = "heat.py:3"} : index
          %38 = arith.subi %33, %37 {loc = "heat.py:3"} : index
          %39 = arith.addi %38, %1 {loc = "heat.py:3"} : index
          %40 = arith.remui %39, %1 {loc = "heat.py:3"} : index
          %41 = jic.load %uc[%32, %40] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %42 = arith.index_cast %c2_1 {loc = "heat.py:3"} : index to i64
          %43 = arith.sitofp %42 {loc = "heat.py:3"} : i64 to f32
          %44 = arith.mulf %43, %34 {loc = "heat.py:3"} : f32
          %45 = arith.subf %41, %44 {loc = "heat.py:3"} : f32
          %46 = arith.constant {loc = "heat.py:3"} -1 : index
          %47 = arith.remsi %46, %1 {loc = "heat.py:3"} : index
          %48 = arith.subi %33, %47 {loc = "heat.py:3"} : index
          %49 = arith.addi %48, %1 {loc = "heat.py:3"} : index
          %50 = arith.remui %49, %1 {loc = "heat.py:3"} : index
          %51 = jic.load %uc[%32, %50] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %52 = arith.addf %45, %51 {loc = "heat.py:3"} : f32
          %53 = arith.mulf %35, %52 {loc = "heat.py:3"} : f32
          %54 = arith.addf %34, %53 {loc = "heat.py:3"} : f32
          jic.yield %54 : f32
        }) {loc = "heat.py:3"} : (index, index) -> tensor<?x?xf32>
        scf.yield %new : tensor<?x?xf32>
      } {loc = "heat.py:3", jic.coupled = "coupled dim 1 (jic.roll at heat.py:3)", jic.host_loop = "carried `uc` is coupled along dim 1 by the roll at heat.py:3"}
      scf.yield %r_1 : tensor<?x?xf32>
    }{jic.recurrent = "one block kernel (1 rows a block, its threads over the units, the state in shared memory) while units * 8 B <= 49152 B; else the loop steps on the host", loc = "heat.py:3"}
    func.return %r : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @heat(%u: tensor<?x?xf32>, %k: f64, %n: index) -> tensor<?x?xf32> {
    %c0 = arith.constant {loc = "heat.py:3"} 0 : index
    %c1 = arith.constant {loc = "heat.py:3"} 1 : index
    %0 = jic.dim %u[0] {loc = "heat.py:3"} : tensor<?x?xf32>
    %1 = jic.dim %u[1] {loc = "heat.py:3"} : tensor<?x?xf32>
    %2 = arith.constant {loc = "heat.py:3"} 8 : index
    %3 = arith.muli %1, %2 {loc = "heat.py:3"} : index
    %4 = arith.constant {loc = "heat.py:3"} 49152 : index
    %5 = arith.cmpi ule, %3, %4 : index
    %r = scf.if %5 -> (tensor<?x?xf32>) {
      %6 = "jic.recurrent_kernel"(%0, %1, %c0, %n, %c1, %u) <{rows_per_block = 1 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1>}> ({
      ^bb0(%7: index, %8: index, %9: index, %10: tensor<?x?xf32>):
        %11 = jic.load %10[%9, %8] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %12 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
        %13 = arith.remsi %c1, %1 {loc = "heat.py:3"} : index
        %14 = arith.subi %8, %13 {loc = "heat.py:3"} : index
        %15 = arith.addi %14, %1 {loc = "heat.py:3"} : index
        %16 = arith.remui %15, %1 {loc = "heat.py:3"} : index
        %17 = jic.load %10[%9, %16] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %c2 = arith.constant {loc = "heat.py:3"} 2 : index
        %18 = arith.index_cast %c2 {loc = "heat.py:3"} : index to i64
        %19 = arith.sitofp %18 {loc = "heat.py:3"} : i64 to f32
        %20 = arith.mulf %19, %11 {loc = "heat.py:3"} : f32
        %21 = arith.subf %17, %20 {loc = "heat.py:3"} : f32
        %22 = arith.constant {loc = "heat.py:3"} -1 : index
        %23 = arith.remsi %22, %1 {loc = "heat.py:3"} : index
        %24 = arith.subi %8, %23 {loc = "heat.py:3"} : index
        %25 = arith.addi %24, %1 {loc = "heat.py:3"} : index
        %26 = arith.remui %25, %1 {loc = "heat.py:3"} : index
        %27 = jic.load %10[%9, %26] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %28 = arith.addf %21, %27 {loc = "heat.py:3"} : f32
        %29 = arith.mulf %12, %28 {loc = "heat.py:3"} : f32
        %30 = arith.addf %11, %29 {loc = "heat.py:3"} : f32
        jic.recurrent_yield %30 : f32
      }) {jic.shape = ["u.0", "u.1"], loc = "heat.py:3"} : (index, index, index, index, index, tensor<?x?xf32>) -> tensor<?x?xf32>
      scf.yield %6 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %n step %c1 iter_args(%uc = %u) -> (tensor<?x?xf32>) {
        %c2_1 = arith.constant {loc = "heat.py:3"} 2 : index
        %new = "jic.kernel"(%0, %1) ({
        ^bb0(%31: index, %32: index):
          %33 = jic.load %uc[%31, %32] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %34 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
          %35 = arith.remsi %c1, %1 {loc = "heat.py:3"} : index
          %36 = arith.subi %32, %35 {loc = "heat.py:3"} : index
          %37 = arith.addi %36, %1 {loc = "heat.py:3"} : index
          %38 = arith.remui %37, %1 {loc = "heat.py:3"} : index
          %39 = jic.load %uc[%31, %38] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %40 = arith.index_cast %c2_1 {loc = "heat.py:3"} : index to i64
          %41 = arith.sitofp %40 {loc = "heat.py:3"} : i64 to f32
          %42 = arith.mulf %41, %33 {loc = "heat.py:3"} : f32
          %43 = arith.subf %39, %42 {loc = "heat.py:3"} : f32
          %44 = arith.constant {loc = "heat.py:3"} -1 : index
          %45 = arith.remsi %44, %1 {loc = "heat.py:3"} : index
          %46 = arith.subi %32, %45 {loc = "heat.py:3"} : index
          %47 = arith.addi %46, %1 {loc = "heat.py:3"} : index
          %48 = arith.remui %47, %1 {loc = "heat.py:3"} : index
          %49 = jic.load %uc[%31, %48] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %50 = arith.addf %43, %49 {loc = "heat.py:3"} : f32
          %51 = arith.mulf %34, %50 {loc = "heat.py:3"} : f32
          %52 = arith.addf %33, %51 {loc = "heat.py:3"} : f32
          jic.yield %52 : f32
        }) {loc = "heat.py:3"} : (index, index) -> tensor<?x?xf32>
        scf.yield %new : tensor<?x?xf32>
      } {jic.coupled = "coupled dim 1 (jic.roll at heat.py:3)", jic.host_loop = "carried `uc` is coupled along dim 1 by the roll at heat.py:3", loc = "heat.py:3"}
      scf.yield %r_1 : tensor<?x?xf32>
    }{jic.recurrent = "one block kernel (1 rows a block, its threads over the units, the state in shared memory) while units * 8 B <= 49152 B; else the loop steps on the host", loc = "heat.py:3"}
    func.return %r : tensor<?x?xf32>
  }
}
