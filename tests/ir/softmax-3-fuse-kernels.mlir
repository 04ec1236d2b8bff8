// PASS: fuse-kernels
// INPUT:
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
      %8 = scf.for %9 = %0 to %1 step %4 iter_args(%10 = %7) -> (f32) {
        %11 = jic.load %x[%5, %9] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
        %12 = arith.cmpf ugt, %11, %10 : f32
        %13 = arith.cmpf ord, %10, %10 : f32
        %14 = arith.andi %12, %13 {loc = "softmax.py:2"} : i1
        %15 = arith.select %14, %11, %10 {loc = "softmax.py:2"} : f32
        scf.yield %15 : f32
      } {jic.reduction = "max", loc = "softmax.py:2"}
      jic.yield %8 : f32
    }) {loc = "softmax.py:2"} : (index, index) -> tensor<?x?xf32>
    %e = "jic.kernel"(%3, %1) ({
    ^bb0(%16: index, %17: index):
      %18 = jic.load %x[%16, %17] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
      %19 = jic.load %m[%16, %17] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
      %20 = arith.subf %18, %19 {loc = "softmax.py:2"} : f32
      %21 = math.exp %20 {loc = "softmax.py:2"} : f32
      jic.yield %21 : f32
    }) {loc = "softmax.py:2"} : (index, index) -> tensor<?x?xf32>
    %s = "jic.kernel"(%3, %4) ({
    ^bb0(%22: index, %23: index):
      %24 = arith.constant {loc = "softmax.py:2"} 0.000000e+00 : f32
      %25 = scf.for %26 = %0 to %1 step %4 iter_args(%27 = %24) -> (f32) {
        %28 = jic.load %e[%22, %26] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
        %29 = arith.addf %27, %28 {loc = "softmax.py:2"} : f32
        scf.yield %29 : f32
      } {jic.reduction = "sum", loc = "softmax.py:2"}
      jic.yield %25 : f32
    }) {loc = "softmax.py:2"} : (index, index) -> tensor<?x?xf32>
    %y = "jic.kernel"(%3, %1) ({
    ^bb0(%30: index, %31: index):
      %32 = jic.load %e[%30, %31] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
      %33 = jic.load %s[%30, %31] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
      %34 = arith.divf %32, %33 {loc = "softmax.py:2"} : f32
      jic.yield %34 : f32
    }) {loc = "softmax.py:2"} : (index, index) -> tensor<?x?xf32>
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
      %8 = scf.for %9 = %0 to %1 step %4 iter_args(%10 = %7) -> (f32) {
        %11 = jic.load %x[%5, %9] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
        %12 = arith.cmpf ugt, %11, %10 : f32
        %13 = arith.cmpf ord, %10, %10 : f32
        %14 = arith.andi %12, %13 {loc = "softmax.py:2"} : i1
        %15 = arith.select %14, %11, %10 {loc = "softmax.py:2"} : f32
        scf.yield %15 : f32
      } {jic.reduction = "max", loc = "softmax.py:2"}
      jic.yield %8 : f32
    }) {loc = "softmax.py:2"} : (index, index) -> tensor<?x?xf32>
    %e = "jic.kernel"(%3, %1) ({
    ^bb0(%16: index, %17: index):
      %18 = jic.load %x[%16, %17] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
      %19 = jic.load %m[%16, %17] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
      %20 = arith.subf %18, %19 {loc = "softmax.py:2"} : f32
      %21 = math.exp %20 {loc = "softmax.py:2"} : f32
      jic.yield %21 : f32
    }) {loc = "softmax.py:2"} : (index, index) -> tensor<?x?xf32>
    %s = "jic.kernel"(%3, %4) ({
    ^bb0(%22: index, %23: index):
      %24 = arith.constant {loc = "softmax.py:2"} 0.000000e+00 : f32
      %25 = scf.for %26 = %0 to %1 step %4 iter_args(%27 = %24) -> (f32) {
        %28 = jic.load %e[%22, %26] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
        %29 = arith.addf %27, %28 {loc = "softmax.py:2"} : f32
        scf.yield %29 : f32
      } {jic.reduction = "sum", loc = "softmax.py:2"}
      jic.yield %25 : f32
    }) {loc = "softmax.py:2"} : (index, index) -> tensor<?x?xf32>
    %y = "jic.kernel"(%3, %1) ({
    ^bb0(%30: index, %31: index):
      %32 = jic.load %e[%30, %31] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
      %33 = jic.load %s[%30, %31] {loc = "softmax.py:2"} : tensor<?x?xf32> -> f32
      %34 = arith.divf %32, %33 {loc = "softmax.py:2"} : f32
      jic.yield %34 : f32
    }) {loc = "softmax.py:2"} : (index, index) -> tensor<?x?xf32>
    func.return %y : tensor<?x?xf32>
  }
}
