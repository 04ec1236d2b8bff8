// PASS: simplify-loop-carried
// INPUT:
builtin.module {
  func.func @early_return(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %n: index) -> tensor<?x?xf32> attributes {jic.params = "x,h,n", jic.returns_tuple = "0"} {
    %0 = jic.dim %x[1] {loc = "early_return.py:2"} : tensor<?x?x?xf32>
    %1 = arith.constant 0 : index
    %2 = arith.constant 1 : index
    %3 = arith.constant false
    %4 = arith.constant false
    %5, %6, %7, %8, %9 = scf.while (%10 = %1, %11 = %h, %12 = %3, %13 = %4, %14 = %h) : (index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) -> (index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) {
      %15 = arith.cmpi slt, %10, %0 : index
      %16 = arith.constant true
      %17 = arith.xori %12, %16 : i1
      %18 = arith.andi %15, %17 : i1
      %19 = arith.constant true
      %20 = arith.xori %13, %19 : i1
      %21 = arith.andi %18, %20 : i1
      scf.condition(%21) {loc = "early_return.py:2"} %10, %11, %12, %13, %14 : index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
    } do {
    ^bb0(%22: index, %23: tensor<?x?xf32>, %24: i1, %25: i1, %26: tensor<?x?xf32>):
      %27 = arith.cmpi eq, %22, %n : index
      %28, %29, %30, %31 = scf.if %27 -> (tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) {
        %32 = arith.constant 2.000000e+00 : f64
        %33 = jic.mul %23, %32 {loc = "early_return.py:4"} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
        %34 = arith.constant true
        %35 = arith.constant false
        scf.yield %23, %34, %35, %33 : tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
      } else {
        %36 = jic.select %x[1 = %22] {loc = "early_return.py:5"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
        %37 = jic.add %23, %36 {loc = "early_return.py:5"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %38 = jic.tanh %37 {loc = "early_return.py:5"} : tensor<?x?xf32> -> tensor<?x?xf32>
        %39 = arith.constant false
        %40 = arith.constant true
        scf.yield %38, %39, %40, %26 : tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
      }{loc = "early_return.py:3"}
      %41 = arith.constant false
      %42 = arith.addi %22, %2 : index
      scf.yield %42, %28, %41, %29, %31 : index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
    } attributes {loc = "early_return.py:2", jic.counted}
    %43 = arith.constant true
    %44 = arith.xori %8, %43 : i1
    %45, %46 = scf.if %44 -> (i1, tensor<?x?xf32>) {
      %47 = arith.constant true
      scf.yield %47, %6 : i1, tensor<?x?xf32>
    } else {
      scf.yield %8, %9 : i1, tensor<?x?xf32>
    }{loc = "early_return.py:2"}
    func.return %46 : tensor<?x?xf32>
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
    %5, %6, %7, %8, %9 = scf.while (%10 = %1, %11 = %h, %12 = %3, %13 = %4, %14 = %h) : (index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) -> (index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) {
      %15 = arith.cmpi slt, %10, %0 : index
      %16 = arith.constant {loc = "early_return.py:2"} true
      %17 = arith.xori %12, %16 {loc = "early_return.py:2"} : i1
      %18 = arith.andi %15, %17 {loc = "early_return.py:2"} : i1
      %19 = arith.constant {loc = "early_return.py:2"} true
      %20 = arith.xori %13, %19 {loc = "early_return.py:2"} : i1
      %21 = arith.andi %18, %20 {loc = "early_return.py:2"} : i1
      scf.condition(%21) {loc = "early_return.py:2"} %10, %11, %12, %13, %14 : index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
    } do {
    ^bb0(%22: index, %23: tensor<?x?xf32>, %24: i1, %25: i1, %26: tensor<?x?xf32>):
      %27 = arith.cmpi eq, %22, %n : index
      %28, %29, %30, %31 = scf.if %27 -> (tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) {
        %32 = arith.constant {loc = "early_return.py:4"} 2.000000e+00 : f64
        %33 = jic.mul %23, %32 {loc = "early_return.py:4"} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
        %34 = arith.constant {loc = "early_return.py:4"} true
        %35 = arith.constant {loc = "early_return.py:4"} false
        scf.yield %23, %34, %35, %33 : tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
      } else {
        %36 = jic.select %x[1 = %22] {loc = "early_return.py:5"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
        %37 = jic.add %23, %36 {loc = "early_return.py:5"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %38 = jic.tanh %37 {loc = "early_return.py:5"} : tensor<?x?xf32> -> tensor<?x?xf32>
        %39 = arith.constant {loc = "early_return.py:5"} false
        %40 = arith.constant {loc = "early_return.py:5"} true
        scf.yield %38, %39, %40, %26 : tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
      }{loc = "early_return.py:3"}
      %41 = arith.constant {loc = "early_return.py:3"} false
      %42 = arith.addi %22, %2 {loc = "early_return.py:2"} : index
      scf.yield %42, %28, %41, %29, %31 : index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
    } attributes {loc = "early_return.py:2", jic.counted}
    %43 = arith.constant {loc = "early_return.py:2"} true
    %44 = arith.xori %8, %43 {loc = "early_return.py:2"} : i1
    %45, %46 = scf.if %44 -> (i1, tensor<?x?xf32>) {
      %47 = arith.constant {loc = "early_return.py:2"} true
      scf.yield %47, %6 : i1, tensor<?x?xf32>
    } else {
      scf.yield %8, %9 : i1, tensor<?x?xf32>
    }{loc = "early_return.py:2"}
    func.return %46 : tensor<?x?xf32>
  }
}
