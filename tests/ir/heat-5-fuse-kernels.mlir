// PASS: fuse-kernels
// INPUT:
builtin.module {
  func.func @heat(%u: tensor<?x?xf32>, %k: f64, %n: index) -> tensor<?x?xf32> {
    %c0 = arith.constant {loc = "heat.py:3"} 0 : index
    %c1 = arith.constant {loc = "heat.py:3"} 1 : index
    %0 = jic.dim %u[0] {loc = "heat.py:3"} : tensor<?x?xf32>
    %1 = jic.dim %u[1] {loc = "heat.py:3"} : tensor<?x?xf32>
    %r = scf.for %t = %c0 to %n step %c1 iter_args(%uc = %u) -> (tensor<?x?xf32>) {
      %c2 = arith.constant {loc = "heat.py:3"} 2 : index
      %new = "jic.kernel"(%0, %1) ({
      ^bb0(%2: index, %3: index):
        %4 = jic.load %uc[%2, %3] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %5 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
        %6 = arith.remsi %c1, %1 {loc = "heat.py:3"} : index
        %7 = arith.subi %3, %6 {loc = "heat.py:3"} : index
        %8 = arith.addi %7, %1 {loc = "heat.py:3"} : index
        %9 = arith.remui %8, %1 {loc = "heat.py:3"} : index
        %10 = jic.load %uc[%2, %9] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %11 = arith.index_cast %c2 {loc = "heat.py:3"} : index to i64
        %12 = arith.sitofp %11 {loc = "heat.py:3"} : i64 to f32
        %13 = arith.mulf %12, %4 {loc = "heat.py:3"} : f32
        %14 = arith.subf %10, %13 {loc = "heat.py:3"} : f32
        %15 = arith.constant {loc = "heat.py:3"} -1 : index
        %16 = arith.remsi %15, %1 {loc = "heat.py:3"} : index
        %17 = arith.subi %3, %16 {loc = "heat.py:3"} : index
        %18 = arith.addi %17, %1 {loc = "heat.py:3"} : index
        %19 = arith.remui %18, %1 {loc = "heat.py:3"} : index
        %20 = jic.load %uc[%2, %19] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %21 = arith.addf %14, %20 {loc = "heat.py:3"} : f32
        %22 = arith.mulf %5, %21 {loc = "heat.py:3"} : f32
        %23 = arith.addf %4, %22 {loc = "heat.py:3"} : f32
        jic.yield %23 : f32
      }) {loc = "heat.py:3"} : (index, index) -> tensor<?x?xf32>
      scf.yield %new : tensor<?x?xf32>
    } {jic.coupled = "coupled dim 1 (jic.roll at heat.py:3)", jic.host_loop = "carried `uc` is coupled along dim 1 by the roll at heat.py:3", loc = "heat.py:3"}
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
    %r = scf.for %t = %c0 to %n step %c1 iter_args(%uc = %u) -> (tensor<?x?xf32>) {
      %c2 = arith.constant {loc = "heat.py:3"} 2 : index
      %new = "jic.kernel"(%0, %1) ({
      ^bb0(%2: index, %3: index):
        %4 = jic.load %uc[%2, %3] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %5 = arith.truncf %k {loc = "heat.py:3"} : f64 to f32
        %6 = arith.remsi %c1, %1 {loc = "heat.py:3"} : index
        %7 = arith.subi %3, %6 {loc = "heat.py:3"} : index
        %8 = arith.addi %7, %1 {loc = "heat.py:3"} : index
        %9 = arith.remui %8, %1 {loc = "heat.py:3"} : index
        %10 = jic.load %uc[%2, %9] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %11 = arith.index_cast %c2 {loc = "heat.py:3"} : index to i64
        %12 = arith.sitofp %11 {loc = "heat.py:3"} : i64 to f32
        %13 = arith.mulf %12, %4 {loc = "heat.py:3"} : f32
        %14 = arith.subf %10, %13 {loc = "heat.py:3"} : f32
        %15 = arith.constant {loc = "heat.py:3"} -1 : index
        %16 = arith.remsi %15, %1 {loc = "heat.py:3"} : index
        %17 = arith.subi %3, %16 {loc = "heat.py:3"} : index
        %18 = arith.addi %17, %1 {loc = "heat.py:3"} : index
        %19 = arith.remui %18, %1 {loc = "heat.py:3"} : index
        %20 = jic.load %uc[%2, %19] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %21 = arith.addf %14, %20 {loc = "heat.py:3"} : f32
        %22 = arith.mulf %5, %21 {loc = "heat.py:3"} : f32
        %23 = arith.addf %4, %22 {loc = "heat.py:3"} : f32
        jic.yield %23 : f32
      }) {loc = "heat.py:3"} : (index, index) -> tensor<?x?xf32>
      scf.yield %new : tensor<?x?xf32>
    } {jic.coupled = "coupled dim 1 (jic.roll at heat.py:3)", jic.host_loop = "carried `uc` is coupled along dim 1 by the roll at heat.py:3", loc = "heat.py:3"}
    func.return %r : tensor<?x?xf32>
  }
}
