// PASS: fuse-kernels
// INPUT:
builtin.module {
  func.func @heat(%u: tensor<?x?xf32>, %k: f64, %n: index) -> tensor<?x?xf32> {
    %c0 = arith.constant {loc = "heat.py:3"} 0 : index
    %c1 = arith.constant {loc = "heat.py:3"} 1 : index
    %0 = jic.dim %u[0] {loc = "heat.py:3"} : tensor<?x?xf32>
    %1 = jic.dim %u[1] {loc = "heat.py:3"} : tensor<?x?xf32>
    %2 = arith.constant {loc = "heat.py:3"} 16 : index
    %3 = arith.muli %1, %2 {loc = "heat.py:3"} : index
    %4 = arith.constant {loc = "heat.py:3"} 49152 : index
    %5 = arith.cmpi ule, %3, %4 : index
    %r = scf.if %5 -> (tensor<?x?xf32>) {
      %6 = "jic.recurrent_kernel"(%0, %1, %c0, %n, %c1, %u) <{rows_per_block = 2 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1>}> ({
      ^bb0(%7: index, %8: index, %9: index, %10: index, %11: tensor<?x?xf32>):
        %12 = jic.load %11[%9, %8] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %13 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
        %14 = arith.remsi %c1, %1 {loc = "heat.py:3"} : index
        %15 = arith.subi %8, %14 {loc = "heat.py:3"} : index
        %16 = arith.addi %15, %1 {loc = "heat.py:3"} : index
        %17 = arith.remui %16, %1 {loc = "heat.py:3"} : index
        %18 = jic.load %11[%9, %17] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %c2 = arith.constant {loc = "heat.py:3"} 2 : index
        %19 = arith.index_cast %c2 {loc = "heat.py:3"} : index to i64
        %20 = arith.sitofp %19 {loc = "heat.py:3"} : i64 to f32
        %21 = arith.mulf %20, %12 {loc = "heat.py:3"} : f32
        %22 = arith.subf %18, %21 {loc = "heat.py:3"} : f32
        %23 = arith.constant {loc = "heat.py:3"} -1 : index
        %24 = arith.remsi %23, %1 {loc = "heat.py:3"} : index
        %25 = arith.subi %8, %24 {loc = "heat.py:3"} : index
        %26 = arith.addi %25, %1 {loc = "heat.py:3"} : index
        %27 = arith.remui %26, %1 {loc = "heat.py:3"} : index
        %28 = jic.load %11[%9, %27] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %29 = arith.addf %22, %28 {loc = "heat.py:3"} : f32
        %30 = arith.mulf %13, %29 {loc = "heat.py:3"} : f32
        %31 = arith.addf %12, %30 {loc = "heat.py:3"} : f32
        %32 = jic.load %11[%10, %8] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %33 = arith.remui %16, %1 {loc = "heat.py:3"} : index
        %34 = jic.load %11[%10, %33] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %35 = arith.mulf %20, %32 {loc = "heat.py:3"} : f32
        %36 = arith.subf %34, %35 {loc = "heat.py:3"} : f32
        %37 = arith.remui %26, %1 {loc = "heat.py:3"} : index
        %38 = jic.load %11[%10, %37] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %39 = arith.addf %36, %38 {loc = "heat.py:3"} : f32
        %40 = arith.mulf %13, %39 {loc = "heat.py:3"} : f32
        %41 = arith.addf %32, %40 {loc = "heat.py:3"} : f32
        jic.recurrent_yield %31, %41 : f32, f32
      }) {jic.shape = ["u.0", "u.1"], loc = "heat.py:3"} : (index, index, index, index, index, tensor<?x?xf32>) -> tensor<?x?xf32>
      scf.yield %6 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %n step %c1 iter_args(%uc = %u) -> (tensor<?x?xf32>) {
        %c2_1 = arith.constant {loc = "heat.py:3"} 2 : index
        %new = "jic.kernel"(%0, %1) ({
        ^bb0(%42: index, %43: index):
          %44 = jic.load %uc[%42, %43] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %45 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
          %46 = arith.remsi %c1, %1 {loc = "heat.py:3"} : index
          %47 = arith.subi %43, %46 {loc = "heat.py:3"} : index
          %48 = arith.addi %47, %1 {loc = "heat.py:3"} : index
          %49 = arith.remui %48, %1 {loc = "heat.py:3"} : index
          %50 = jic.load %uc[%42, %49] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %51 = arith.index_cast %c2_1 {loc = "heat.py:3"} : index to i64
          %52 = arith.sitofp %51 {loc = "heat.py:3"} : i64 to f32
          %53 = arith.mulf %52, %44 {loc = "heat.py:3"} : f32
          %54 = arith.subf %50, %53 {loc = "heat.py:3"} : f32
          %55 = arith.constant {loc = "heat.py:3"} -1 : index
          %56 = arith.remsi %55, %1 {loc = "heat.py:3"} : index
          %57 = arith.subi %43, %56 {loc = "heat.py:3"} : index
          %58 = arith.addi %57, %1 {loc = "heat.py:3"} : index
          %59 = arith.remui %58, %1 {loc = "heat.py:3"} : index
          %60 = jic.load %uc[%42, %59] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %61 = arith.addf %54, %60 {loc = "heat.py:3"} : f32
          %62 = arith.mulf %45, %61 {loc = "heat.py:3"} : f32
          %63 = arith.addf %44, %62 {loc = "heat.py:3"} : f32
          jic.yield %63 : f32
        }) {loc = "heat.py:3"} : (index, index) -> tensor<?x?xf32>
        scf.yield %new : tensor<?x?xf32>
      } {jic.coupled = "coupled dim 1 (jic.roll at heat.py:3)", jic.host_loop = "carried `uc` is coupled along dim 1 by the roll at heat.py:3", loc = "heat.py:3"}
      scf.yield %r_1 : tensor<?x?xf32>
    }{jic.recurrent = "one block kernel (2 rows a block, its threads over the units, the state in shared memory) while units * 16 B <= 49152 B; else the loop steps on the host", loc = "heat.py:3"}
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
    %2 = arith.constant {loc = "heat.py:3"} 16 : index
    %3 = arith.muli %1, %2 {loc = "heat.py:3"} : index
    %4 = arith.constant {loc = "heat.py:3"} 49152 : index
    %5 = arith.cmpi ule, %3, %4 : index
    %r = scf.if %5 -> (tensor<?x?xf32>) {
      %6 = "jic.recurrent_kernel"(%0, %1, %c0, %n, %c1, %u) <{rows_per_block = 2 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1>}> ({
      ^bb0(%7: index, %8: index, %9: index, %10: index, %11: tensor<?x?xf32>):
        %12 = jic.load %11[%9, %8] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %13 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
        %14 = arith.remsi %c1, %1 {loc = "heat.py:3"} : index
        %15 = arith.subi %8, %14 {loc = "heat.py:3"} : index
        %16 = arith.addi %15, %1 {loc = "heat.py:3"} : index
        %17 = arith.remui %16, %1 {loc = "heat.py:3"} : index
        %18 = jic.load %11[%9, %17] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %c2 = arith.constant {loc = "heat.py:3"} 2 : index
        %19 = arith.index_cast %c2 {loc = "heat.py:3"} : index to i64
        %20 = arith.sitofp %19 {loc = "heat.py:3"} : i64 to f32
        %21 = arith.mulf %20, %12 {loc = "heat.py:3"} : f32
        %22 = arith.subf %18, %21 {loc = "heat.py:3"} : f32
        %23 = arith.constant {loc = "heat.py:3"} -1 : index
        %24 = arith.remsi %23, %1 {loc = "heat.py:3"} : index
        %25 = arith.subi %8, %24 {loc = "heat.py:3"} : index
        %26 = arith.addi %25, %1 {loc = "heat.py:3"} : index
        %27 = arith.remui %26, %1 {loc = "heat.py:3"} : index
        %28 = jic.load %11[%9, %27] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %29 = arith.addf %22, %28 {loc = "heat.py:3"} : f32
        %30 = arith.mulf %13, %29 {loc = "heat.py:3"} : f32
        %31 = arith.addf %12, %30 {loc = "heat.py:3"} : f32
        %32 = jic.load %11[%10, %8] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %33 = arith.remui %16, %1 {loc = "heat.py:3"} : index
        %34 = jic.load %11[%10, %33] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %35 = arith.mulf %20, %32 {loc = "heat.py:3"} : f32
        %36 = arith.subf %34, %35 {loc = "heat.py:3"} : f32
        %37 = arith.remui %26, %1 {loc = "heat.py:3"} : index
        %38 = jic.load %11[%10, %37] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %39 = arith.addf %36, %38 {loc = "heat.py:3"} : f32
        %40 = arith.mulf %13, %39 {loc = "heat.py:3"} : f32
        %41 = arith.addf %32, %40 {loc = "heat.py:3"} : f32
        jic.recurrent_yield %31, %41 : f32, f32
      }) {jic.shape = ["u.0", "u.1"], loc = "heat.py:3"} : (index, index, index, index, index, tensor<?x?xf32>) -> tensor<?x?xf32>
      scf.yield %6 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %n step %c1 iter_args(%uc = %u) -> (tensor<?x?xf32>) {
        %c2_1 = arith.constant {loc = "heat.py:3"} 2 : index
        %new = "jic.kernel"(%0, %1) ({
        ^bb0(%42: index, %43: index):
          %44 = jic.load %uc[%42, %43] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %45 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
          %46 = arith.remsi %c1, %1 {loc = "heat.py:3"} : index
          %47 = arith.subi %43, %46 {loc = "heat.py:3"} : index
          %48 = arith.addi %47, %1 {loc = "heat.py:3"} : index
          %49 = arith.remui %48, %1 {loc = "heat.py:3"} : index
          %50 = jic.load %uc[%42, %49] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %51 = arith.index_cast %c2_1 {loc = "heat.py:3"} : index to i64
          %52 = arith.sitofp %51 {loc = "heat.py:3"} : i64 to f32
          %53 = arith.mulf %52, %44 {loc = "heat.py:3"} : f32
          %54 = arith.subf %50, %53 {loc = "heat.py:3"} : f32
          %55 = arith.constant {loc = "heat.py:3"} -1 : index
          %56 = arith.remsi %55, %1 {loc = "heat.py:3"} : index
          %57 = arith.subi %43, %56 {loc = "heat.py:3"} : index
          %58 = arith.addi %57, %1 {loc = "heat.py:3"} : index
          %59 = arith.remui %58, %1 {loc = "heat.py:3"} : index
          %60 = jic.load %uc[%42, %59] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %61 = arith.addf %54, %60 {loc = "heat.py:3"} : f32
          %62 = arith.mulf %45, %61 {loc = "heat.py:3"} : f32
          %63 = arith.addf %44, %62 {loc = "heat.py:3"} : f32
          jic.yield %63 : f32
        }) {loc = "heat.py:3"} : (index, index) -> tensor<?x?xf32>
        scf.yield %new : tensor<?x?xf32>
      } {jic.coupled = "coupled dim 1 (jic.roll at heat.py:3)", jic.host_loop = "carried `uc` is coupled along dim 1 by the roll at heat.py:3", loc = "heat.py:3"}
      scf.yield %r_1 : tensor<?x?xf32>
    }{jic.recurrent = "one block kernel (2 rows a block, its threads over the units, the state in shared memory) while units * 16 B <= 49152 B; else the loop steps on the host", loc = "heat.py:3"}
    func.return %r : tensor<?x?xf32>
  }
}
