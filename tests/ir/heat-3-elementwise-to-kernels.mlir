// PASS: elementwise-to-kernels
// INPUT:
builtin.module {
  func.func @heat(%u: tensor<?x?xf32>, %k: f64, %n: index) -> tensor<?x?xf32> {
    %c0 = arith.constant {loc = "heat.py:3"} 0 : index
    %c1 = arith.constant {loc = "heat.py:3"} 1 : index
    %r = scf.for %t = %c0 to %n step %c1 iter_args(%uc = %u) -> (tensor<?x?xf32>) {
      %left = jic.roll %uc {loc = "heat.py:3", jic.shape = ["u.0", "u.1"], shifts = [1 : i64], dims = [1 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
      %c2 = arith.constant {loc = "heat.py:3"} 2 : index
      %u2 = jic.mul %c2, %uc {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : index, tensor<?x?xf32> -> tensor<?x?xf32>
      %d = jic.sub %left, %u2 {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %right = jic.roll %uc {loc = "heat.py:3", jic.shape = ["u.0", "u.1"], shifts = [-1 : i64], dims = [1 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
      %lap = jic.add %d, %right {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %kl = jic.mul %k, %lap {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : f64, tensor<?x?xf32> -> tensor<?x?xf32>
      %new = jic.add %uc, %kl {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %new : tensor<?x?xf32>
    } {loc = "heat.py:3", jic.coupled = "coupled dim 1 (jic.roll at heat.py:3)", jic.host_loop = "carried `uc` is coupled along dim 1 by the roll at heat.py:3"}
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
        %6 = arith.constant {loc = "heat.py:3"} 1 : index
        %7 = arith.remsi %6, %1 {loc = "heat.py:3"} : index
        %8 = arith.subi %3, %7 {loc = "heat.py:3"} : index
        %9 = arith.addi %8, %1 {loc = "heat.py:3"} : index
        %10 = arith.remui %9, %1 {loc = "heat.py:3"} : index
        %11 = jic.load %uc[%2, %10] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %12 = arith.index_cast %c2 {loc = "heat.py:3"} : index to i64
        %13 = arith.sitofp %12 {loc = "heat.py:3"} : i64 to f32
        %14 = arith.mulf %13, %4 {loc = "heat.py:3"} : f32
        %15 = arith.subf %11, %14 {loc = "heat.py:3"} : f32
        %16 = arith.constant {loc = "heat.py:3"} -1 : index
        %17 = arith.remsi %16, %1 {loc = "heat.py:3"} : index
        %18 = arith.subi %3, %17 {loc = "heat.py:3"} : index
        %19 = arith.addi %18, %1 {loc = "heat.py:3"} : index
        %20 = arith.remui %19, %1 {loc = "heat.py:3"} : index
        %21 = jic.load %uc[%2, %20] {loc = "heat.py:3"} : tensor<?x?xf32> -> f32
        %22 = arith.addf %15, %21 {loc = "heat.py:3"} : f32
        %23 = arith.mulf %5, %22 {loc = "heat.py:3"} : f32
        %24 = arith.addf %4, %23 {loc = "heat.py:3"} : f32
        jic.yield %24 : f32
      }) {loc = "heat.py:3"} : (index, index) -> tensor<?x?xf32>
      scf.yield %new : tensor<?x?xf32>
    } {loc = "heat.py:3", jic.coupled = "coupled dim 1 (jic.roll at heat.py:3)", jic.host_loop = "carried `uc` is coupled along dim 1 by the roll at heat.py:3"}
    func.return %r : tensor<?x?xf32>
  }
}
