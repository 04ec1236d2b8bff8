// PASS: hoist-step-matmuls
// INPUT:
builtin.module {
  func.func @early_return(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %n: index) -> tensor<?x?xf32> attributes {jic.params = "x,h,n", jic.returns_tuple = "0"} {
    %0 = jic.dim %x[1] {loc = "early_return.py:2"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "early_return.py:2"} 0 : index
    %2 = arith.constant {loc = "early_return.py:2"} 1 : index
    %3 = arith.constant {loc = "early_return.py:2"} false
    %4 = arith.constant {loc = "early_return.py:2"} false
    %5 = arith.constant {loc = "early_return.py:2"} true
    %6 = arith.constant {loc = "early_return.py:2"} true
    %7 = arith.constant {loc = "early_return.py:4"} 2.000000e+00 : f64
    %8 = arith.constant {loc = "early_return.py:4"} true
    %9 = arith.constant {loc = "early_return.py:4"} false
    %10 = arith.constant {loc = "early_return.py:5"} false
    %11 = arith.constant {loc = "early_return.py:5"} true
    %12 = arith.constant {loc = "early_return.py:3"} false
    %13, %14, %15, %16, %17 = scf.while (%18 = %1, %19 = %h, %20 = %3, %21 = %4, %22 = %h) : (index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) -> (index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) {
      %23 = arith.cmpi slt, %18, %0 : index
      %24 = arith.xori %20, %5 {loc = "early_return.py:2"} : i1
      %25 = arith.andi %23, %24 {loc = "early_return.py:2"} : i1
      %26 = arith.xori %21, %6 {loc = "early_return.py:2"} : i1
      %27 = arith.andi %25, %26 {loc = "early_return.py:2"} : i1
      scf.condition(%27) {loc = "early_return.py:2"} %18, %19, %20, %21, %22 : index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
    } do {
    ^bb0(%28: index, %29: tensor<?x?xf32>, %30: i1, %31: i1, %32: tensor<?x?xf32>):
      %33 = arith.cmpi eq, %28, %n : index
      %34, %35, %36, %37 = scf.if %33 -> (tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) {
        %38 = jic.mul %29, %7 {loc = "early_return.py:4"} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
        scf.yield %29, %8, %9, %38 : tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
      } else {
        %39 = jic.select %x[1 = %28] {loc = "early_return.py:5"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
        %40 = jic.add %29, %39 {loc = "early_return.py:5"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %41 = jic.tanh %40 {loc = "early_return.py:5"} : tensor<?x?xf32> -> tensor<?x?xf32>
        scf.yield %41, %10, %11, %32 : tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
      }{loc = "early_return.py:3"}
      %42 = arith.addi %28, %2 {loc = "early_return.py:2"} : index
      scf.yield %42, %34, %12, %35, %37 : index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
    } attributes {loc = "early_return.py:2", jic.counted}
    %43 = arith.constant {loc = "early_return.py:2"} true
    %44 = arith.xori %16, %43 {loc = "early_return.py:2"} : i1
    %45 = arith.constant {loc = "early_return.py:2"} true
    %46, %47 = scf.if %44 -> (i1, tensor<?x?xf32>) {
      scf.yield %45, %14 : i1, tensor<?x?xf32>
    } else {
      scf.yield %16, %17 : i1, tensor<?x?xf32>
    }{loc = "early_return.py:2"}
    func.return %47 : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @early_return(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %n: index) -> tensor<?x?xf32> attributes {jic.params = "x,h,n", jic.returns_tuple = "0"} {
    %0 = jic.dim %x[1] {loc = "early_return.py:2"} : tensor<?x?x?xf32>
    %1 = arith.constant {loc = "early_return.py:2"} 0 : index
    %2 = arith.constant {loc = "early_return.py:2"} 1 : index
    %3 = arith.constant {loc = "early_return.py:2"} false
    %4 = arith.constant {loc = "early_return.py:2"} false
    %5 = arith.constant {loc = "early_return.py:2"} true
    %6 = arith.constant {loc = "early_return.py:2"} true
    %7 = arith.constant {loc = "early_return.py:4"} 2.000000e+00 : f64
    %8 = arith.constant {loc = "early_return.py:4"} true
    %9 = arith.constant {loc = "early_return.py:4"} false
    %10 = arith.constant {loc = "early_return.py:5"} false
    %11 = arith.constant {loc = "early_return.py:5"} true
    %12 = arith.constant {loc = "early_return.py:3"} false
    %13, %14, %15, %16, %17 = scf.while (%18 = %1, %19 = %h, %20 = %3, %21 = %4, %22 = %h) : (index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) -> (index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) {
      %23 = arith.cmpi slt, %18, %0 : index
      %24 = arith.xori %20, %5 {loc = "early_return.py:2"} : i1
      %25 = arith.andi %23, %24 {loc = "early_return.py:2"} : i1
      %26 = arith.xori %21, %6 {loc = "early_return.py:2"} : i1
      %27 = arith.andi %25, %26 {loc = "early_return.py:2"} : i1
      scf.condition(%27) {loc = "early_return.py:2"} %18, %19, %20, %21, %22 : index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
    } do {
    ^bb0(%28: index, %29: tensor<?x?xf32>, %30: i1, %31: i1, %32: tensor<?x?xf32>):
      %33 = arith.cmpi eq, %28, %n : index
      %34, %35, %36, %37 = scf.if %33 -> (tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) {
        %38 = jic.mul %29, %7 {loc = "early_return.py:4"} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
        scf.yield %29, %8, %9, %38 : tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
      } else {
        %39 = jic.select %x[1 = %28] {loc = "early_return.py:5"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
        %40 = jic.add %29, %39 {loc = "early_return.py:5"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %41 = jic.tanh %40 {loc = "early_return.py:5"} : tensor<?x?xf32> -> tensor<?x?xf32>
        scf.yield %41, %10, %11, %32 : tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
      }{loc = "early_return.py:3"}
      %42 = arith.addi %28, %2 {loc = "early_return.py:2"} : index
      scf.yield %42, %34, %12, %35, %37 : index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
    } attributes {loc = "early_return.py:2", jic.counted}
    %43 = arith.constant {loc = "early_return.py:2"} true
    %44 = arith.xori %16, %43 {loc = "early_return.py:2"} : i1
    %45 = arith.constant {loc = "early_return.py:2"} true
    %46, %47 = scf.if %44 -> (i1, tensor<?x?xf32>) {
      scf.yield %45, %14 : i1, tensor<?x?xf32>
    } else {
      scf.yield %16, %17 : i1, tensor<?x?xf32>
    }{loc = "early_return.py:2"}
    func.return %47 : tensor<?x?xf32>
  }
}
