// PASS: sink-control-flow-into-kernels
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
    }{jic.recurrent = "one block kernel (1 rows a block, its threads over the units, the state in shared memory) while units * 8 B <= 49152 B; else the loop steps on the host", loc = "heat.py:3"}
    func.return %r : tensor<?x?xf32>
  }
}
