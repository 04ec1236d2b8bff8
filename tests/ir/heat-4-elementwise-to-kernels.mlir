// PASS: elementwise-to-kernels
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
        %14 = arith.constant {loc = "heat.py:3"} 1 : index
        %15 = arith.remsi %14, %1 {loc = "heat.py:3"} : index
        %16 = arith.subi %8, %15 {loc = "heat.py:3"} : index
        %17 = arith.addi %16, %1 {loc = "heat.py:3"} : index
        %18 = arith.remui %17, %1 {loc = "heat.py:3"} : index
        %19 = jic.load %11[%9, %18] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %c2 = arith.constant {loc = "heat.py:3"} 2 : index
        %20 = arith.index_cast %c2 {loc = "heat.py:3"} : index to i64
        %21 = arith.sitofp %20 {loc = "heat.py:3"} : i64 to f32
        %22 = arith.mulf %21, %12 {loc = "heat.py:3"} : f32
        %23 = arith.subf %19, %22 {loc = "heat.py:3"} : f32
        %24 = arith.constant {loc = "heat.py:3"} -1 : index
        %25 = arith.remsi %24, %1 {loc = "heat.py:3"} : index
        %26 = arith.subi %8, %25 {loc = "heat.py:3"} : index
        %27 = arith.addi %26, %1 {loc = "heat.py:3"} : index
        %28 = arith.remui %27, %1 {loc = "heat.py:3"} : index
        %29 = jic.load %11[%9, %28] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %30 = arith.addf %23, %29 {loc = "heat.py:3"} : f32
        %31 = arith.mulf %13, %30 {loc = "heat.py:3"} : f32
        %32 = arith.addf %12, %31 {loc = "heat.py:3"} : f32
        %33 = jic.load %11[%10, %8] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %34 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
        %35 = arith.constant {loc = "heat.py:3"} 1 : index
        %36 = arith.remsi %35, %1 {loc = "heat.py:3"} : index
        %37 = arith.subi %8, %36 {loc = "heat.py:3"} : index
        %38 = arith.addi %37, %1 {loc = "heat.py:3"} : index
        %39 = arith.remui %38, %1 {loc = "heat.py:3"} : index
        %40 = jic.load %11[%10, %39] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %41 = arith.index_cast %c2 {loc = "heat.py:3"} : index to i64
        %42 = arith.sitofp %41 {loc = "heat.py:3"} : i64 to f32
        %43 = arith.mulf %42, %33 {loc = "heat.py:3"} : f32
        %44 = arith.subf %40, %43 {loc = "heat.py:3"} : f32
        %45 = arith.constant {loc = "heat.py:3"} -1 : index
        %46 = arith.remsi %45, %1 {loc = "heat.py:3"} : index
        %47 = arith.subi %8, %46 {loc = "heat.py:3"} : index
        %48 = arith.addi %47, %1 {loc = "heat.py:3"} : index
        %49 = arith.remui %48, %1 {loc = "heat.py:3"} : index
        %50 = jic.load %11[%10, %49] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %51 = arith.addf %44, %50 {loc = "heat.py:3"} : f32
        %52 = arith.mulf %34, %51 {loc = "heat.py:3"} : f32
        %53 = arith.addf %33, %52 {loc = "heat.py:3"} : f32
        jic.recurrent_yield %32, %53 : f32, f32
      }) {jic.shape = ["u.0", "u.1"], loc = "heat.py:3"} : (index, index, index, index, index, tensor<?x?xf32>) -> tensor<?x?xf32>
      scf.yield %6 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %n step %c1 iter_args(%uc = %u) -> (tensor<?x?xf32>) {
        %left = jic.roll %uc {loc = "heat.py:3", jic.shape = ["u.0", "u.1"], shifts = [1 : i64], dims = [1 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
        %c2_1 = arith.constant {loc = "heat.py:3"} 2 : index
        %u2 = jic.mul %c2_1, %uc {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : index, tensor<?x?xf32> -> tensor<?x?xf32>
        %d = jic.sub %left, %u2 {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %right = jic.roll %uc {loc = "heat.py:3", jic.shape = ["u.0", "u.1"], shifts = [-1 : i64], dims = [1 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
        %lap = jic.add %d, %right {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %kl = jic.mul %k, %lap {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : f64, tensor<?x?xf32> -> tensor<?x?xf32>
        %new = jic.add %uc, %kl {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        scf.yield %new : tensor<?x?xf32>
      } {loc = "heat.py:3", jic.coupled = "coupled dim 1 (jic.roll at heat.py:3)", jic.host_loop = "carried `uc` is coupled along dim 1 by the roll at heat.py:3"}
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
        %14 = arith.constant {loc = "heat.py:3"} 1 : index
        %15 = arith.remsi %14, %1 {loc = "heat.py:3"} : index
        %16 = arith.subi %8, %15 {loc = "heat.py:3"} : index
        %17 = arith.addi %16, %1 {loc = "heat.py:3"} : index
        %18 = arith.remui %17, %1 {loc = "heat.py:3"} : index
        %19 = jic.load %11[%9, %18] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %c2 = arith.constant {loc = "heat.py:3"} 2 : index
        %20 = arith.index_cast %c2 {loc = "heat.py:3"} : index to i64
        %21 = arith.sitofp %20 {loc = "heat.py:3"} : i64 to f32
        %22 = arith.mulf %21, %12 {loc = "heat.py:3"} : f32
        %23 = arith.subf %19, %22 {loc = "heat.py:3"} : f32
        %24 = arith.constant {loc = "heat.py:3"} -1 : index
        %25 = arith.remsi %24, %1 {loc = "heat.py:3"} : index
        %26 = arith.subi %8, %25 {loc = "heat.py:3"} : index
        %27 = arith.addi %26, %1 {loc = "heat.py:3"} : index
        %28 = arith.remui %27, %1 {loc = "heat.py:3"} : index
        %29 = jic.load %11[%9, %28] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %30 = arith.addf %23, %29 {loc = "heat.py:3"} : f32
        %31 = arith.mulf %13, %30 {loc = "heat.py:3"} : f32
        %32 = arith.addf %12, %31 {loc = "heat.py:3"} : f32
        %33 = jic.load %11[%10, %8] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %34 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
        %35 = arith.constant {loc = "heat.py:3"} 1 : index
        %36 = arith.remsi %35, %1 {loc = "heat.py:3"} : index
        %37 = arith.subi %8, %36 {loc = "heat.py:3"} : index
        %38 = arith.addi %37, %1 {loc = "heat.py:3"} : index
        %39 = arith.remui %38, %1 {loc = "heat.py:3"} : index
        %40 = jic.load %11[%10, %39] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %41 = arith.index_cast %c2 {loc = "heat.py:3"} : index to i64
        %42 = arith.sitofp %41 {loc = "heat.py:3"} : i64 to f32
        %43 = arith.mulf %42, %33 {loc = "heat.py:3"} : f32
        %44 = arith.subf %40, %43 {loc = "heat.py:3"} : f32
        %45 = arith.constant {loc = "heat.py:3"} -1 : index
        %46 = arith.remsi %45, %1 {loc = "heat.py:3"} : index
        %47 = arith.subi %8, %46 {loc = "heat.py:3"} : index
        %48 = arith.addi %47, %1 {loc = "heat.py:3"} : index
        %49 = arith.remui %48, %1 {loc = "heat.py:3"} : index
        %50 = jic.load %11[%10, %49] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %51 = arith.addf %44, %50 {loc = "heat.py:3"} : f32
        %52 = arith.mulf %34, %51 {loc = "heat.py:3"} : f32
        %53 = arith.addf %33, %52 {loc = "heat.py:3"} : f32
        jic.recurrent_yield %32, %53 : f32, f32
      }) {jic.shape = ["u.0", "u.1"], loc = "heat.py:3"} : (index, index, index, index, index, tensor<?x?xf32>) -> tensor<?x?xf32>
      scf.yield %6 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %n step %c1 iter_args(%uc = %u) -> (tensor<?x?xf32>) {
        %c2_1 = arith.constant {loc = "heat.py:3"} 2 : index
        %new = "jic.kernel"(%0, %1) ({
        ^bb0(%54: index, %55: index):
          %56 = jic.load %uc[%54, %55] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %57 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
          %58 = arith.constant {loc = "heat.py:3"} 1 : index
          %59 = arith.remsi %58, %1 {loc = "heat.py:3"} : index
          %60 = arith.subi %55, %59 {loc = "heat.py:3"} : index
          %61 = arith.addi %60, %1 {loc = "heat.py:3"} : index
          %62 = arith.remui %61, %1 {loc = "heat.py:3"} : index
          %63 = jic.load %uc[%54, %62] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %64 = arith.index_cast %c2_1 {loc = "heat.py:3"} : index to i64
          %65 = arith.sitofp %64 {loc = "heat.py:3"} : i64 to f32
          %66 = arith.mulf %65, %56 {loc = "heat.py:3"} : f32
          %67 = arith.subf %63, %66 {loc = "heat.py:3"} : f32
          %68 = arith.constant {loc = "heat.py:3"} -1 : index
          %69 = arith.remsi %68, %1 {loc = "heat.py:3"} : index
          %70 = arith.subi %55, %69 {loc = "heat.py:3"} : index
          %71 = arith.addi %70, %1 {loc = "heat.py:3"} : index
          %72 = arith.remui %71, %1 {loc = "heat.py:3"} : index
          %73 = jic.load %uc[%54, %72] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
          %74 = arith.addf %67, %73 {loc = "heat.py:3"} : f32
          %75 = arith.mulf %57, %74 {loc = "heat.py:3"} : f32
          %76 = arith.addf %56, %75 {loc = "heat.py:3"} : f32
          jic.yield %76 : f32
        }) {loc = "heat.py:3"} : (index, index) -> tensor<?x?xf32>
        scf.yield %new : tensor<?x?xf32>
      } {loc = "heat.py:3", jic.coupled = "coupled dim 1 (jic.roll at heat.py:3)", jic.host_loop = "carried `uc` is coupled along dim 1 by the roll at heat.py:3"}
      scf.yield %r_1 : tensor<?x?xf32>
    }{jic.recurrent = "one block kernel (2 rows a block, its threads over the units, the state in shared memory) while units * 16 B <= 49152 B; else the loop steps on the host", loc = "heat.py:3"}
    func.return %r : tensor<?x?xf32>
  }
}
