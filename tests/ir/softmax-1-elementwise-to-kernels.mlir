// PASS: elementwise-to-kernels
// INPUT:
builtin.module {
  func.func @softmax(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = arith.constant {loc = "softmax.py:2"} 0 : index
    %1 = jic.dim %x[1] {loc = "softmax.py:2"} : tensor<?x?xf32>
    %2 = arith.cmpi sgt, %1, %0 : index
    cf.assert %2, "softmax.py:2: max: expected reduction dim 1 to have non-zero size, got a tensor of size x.1 there" {loc = "softmax.py:2"}
    %m = jic.reduce %x {loc = "softmax.py:2", jic.shape = ["x.0", "1"], kind = "max", dims = [1 : i64], keepdim = 1 : i64} : tensor<?x?xf32> -> tensor<?x?xf32>
    %d = jic.sub %x, %m {loc = "softmax.py:2", jic.shape = ["x.0", "x.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
    %e = jic.exp %d {loc = "softmax.py:2", jic.shape = ["x.0", "x.1"]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %s = jic.reduce %e {loc = "softmax.py:2", jic.shape = ["x.0", "1"], kind = "sum", dims = [1 : i64], keepdim = 1 : i64} : tensor<?x?xf32> -> tensor<?x?xf32>
    %y = jic.div %e, %s {loc = "softmax.py:2", jic.shape = ["x.0", "x.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
    func.return %y : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @softmax(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = arith.constant {loc = "softmax.py:2"} 0 : index
    %1 = jic.dim %x[1] {loc = "softmax.py:2"} : tensor<?x?xf32>
    %2 = arith.cmpi sgt, %1, %0 : index
    cf.assert %2, "softmax.py:2: max: expected reduction dim 1 to have non-zero size, got a tensor of size x.1 there" {loc = "softmax.py:2"}
    %3 = jic.dim %x[0] {loc = "softmax.py:2"} : tensor<?x?xf32>
    %4 = arith.constant {loc = "softmax.py:2"} 1 : index
    %m = "jic.kernel"(%3, %4) ({
    ^bb0(%5: index, %6: index):
      %7 = arith.constant {loc = "softmax.py:2"} 0xff800000 : f32
      %8 = arith.constant {loc = "softmax.py:2"} 0 : index
      %9 = arith.constant {loc = "softmax.py:2"} 1 : index
      %10 = scf.for %11 = %8 to %1 step %9 iter_args(%12 = %7) -> (f32) {
        %13 = jic.load %x[%5, %11] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
        %14 = arith.cmpf ugt, %13, %12 : f32
        %15 = arith.cmpf ord, %12, %12 : f32
        %16 = arith.andi %14, %15 {loc = "softmax.py:2"} : i1
        %17 = arith.select %16, %13, %12 {loc = "softmax.py:2"} : f32
        scf.yield %17 : f32
      } {jic.reduction = "max", loc = "softmax.py:2"}
      jic.yield %10 : f32
    }) {loc = "softmax.py:2"} : (index, index) -> tensor<?x?xf32>
    %18 = jic.dim %x[0] {loc = "softmax.py:2"} : tensor<?x?xf32>
    %e = "jic.kernel"(%18, %1) ({
    ^bb0(%19: index, %20: index):
      %21 = jic.load %x[%19, %20] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
      %22 = jic.load %m[%19, %20] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
      %23 = arith.subf %21, %22 {loc = "softmax.py:2"} : f32
      %24 = math.exp %23 {loc = "softmax.py:2"} : f32
      jic.yield %24 : f32
    }) {loc = "softmax.py:2"} : (index, index) -> tensor<?x?xf32>
    %25 = jic.dim %x[0] {loc = "softmax.py:2"} : tensor<?x?xf32>
    %26 = arith.constant {loc = "softmax.py:2"} 1 : index
    %s = "jic.kernel"(%25, %26) ({
    ^bb0(%27: index, %28: index):
      %29 = arith.constant {loc = "softmax.py:2"} 0.000000e+00 : f32
      %30 = arith.constant {loc = "softmax.py:2"} 0 : index
      %31 = arith.constant {loc = "softmax.py:2"} 1 : index
      %32 = scf.for %33 = %30 to %1 step %31 iter_args(%34 = %29) -> (f32) {
        %35 = jic.load %e[%27, %33] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
        %36 = arith.addf %34, %35 {loc = "softmax.py:2"} : f32
        scf.yield %36 : f32
      } {jic.reduction = "sum", loc = "softmax.py:2"}
      jic.yield %32 : f32
    }) {loc = "softmax.py:2"} : (index, index) -> tensor<?x?xf32>
    %37 = jic.dim %x[0] {loc = "softmax.py:2"} : tensor<?x?xf32>
    %y = "jic.kernel"(%37, %1) ({
    ^bb0(%38: index, %39: index):
      %40 = jic.load %e[%38, %39] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
      %41 = jic.load %s[%38, %39] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
      %42 = arith.divf %40, %41 {loc = "softmax.py:2"} : f32
      jic.yield %42 : f32
    }) {loc = "softmax.py:2"} : (index, index) -> tensor<?x?xf32>
    func.return %y : tensor<?x?xf32>
  }
}
