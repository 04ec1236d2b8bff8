// PASS: sink-control-flow-into-kernels
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
    %13 = jic.dim %h[0] {loc = "early_return.py:3"} : tensor<?x?xf32>
    %14 = jic.dim %x[0] {loc = "early_return.py:3"} : tensor<?x?x?xf32>
    %15 = jic.broadcast_dim %13, %14 {msg = "early_return.py:5: add: the sizes (h.0, h.1) and (x.0, x.2) cannot be broadcast", loc = "early_return.py:3"}
    %16 = jic.dim %h[1] {loc = "early_return.py:3"} : tensor<?x?xf32>
    %17 = jic.dim %x[2] {loc = "early_return.py:3"} : tensor<?x?x?xf32>
    %18 = jic.broadcast_dim %16, %17 {msg = "early_return.py:5: add: the sizes (h.0, h.1) and (x.0, x.2) cannot be broadcast", loc = "early_return.py:3"}
    %19 = arith.cmpi eq, %13, %15 : index
    cf.assert %19, "early_return.py:3: a tensor would have different sizes on different paths or iterations (h.0 and bcast(h.0, x.0)); jic needs one shape" {jic.limitation, loc = "early_return.py:3"}
    %20 = arith.cmpi eq, %16, %18 : index
    cf.assert %20, "early_return.py:3: a tensor would have different sizes on different paths or iterations (h.1 and bcast(h.1, x.2)); jic needs one shape" {jic.limitation, loc = "early_return.py:3"}
    %21, %22, %23, %24, %25 = scf.while (%26 = %1, %27 = %h, %28 = %3, %29 = %4, %30 = %h) : (index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) -> (index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) {
      %31 = arith.cmpi slt, %26, %0 : index
      %32 = arith.xori %28, %5 {loc = "early_return.py:2"} : i1
      %33 = arith.andi %31, %32 {loc = "early_return.py:2"} : i1
      %34 = arith.xori %29, %6 {loc = "early_return.py:2"} : i1
      %35 = arith.andi %33, %34 {loc = "early_return.py:2"} : i1
      scf.condition(%35) {loc = "early_return.py:2"} %26, %27, %28, %29, %30 : index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
    } do {
    ^bb0(%36: index, %37: tensor<?x?xf32>, %38: i1, %39: i1, %40: tensor<?x?xf32>):
      %41 = arith.cmpi eq, %36, %n : index
      %42, %43, %44, %45 = scf.if %41 -> (tensor<?x?xf32>, i1, i1, tensor<?x?xf32>) {
        %46 = jic.mul %37, %7 {loc = "early_return.py:4", jic.shape = ["h.0", "h.1"]} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
        scf.yield %37, %8, %9, %46 : tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
      } else {
        %47 = jic.select %x[1 = %36] {loc = "early_return.py:5", jic.shape = ["x.0", "x.2"]} : tensor<?x?x?xf32> -> tensor<?x?xf32>
        %48 = jic.add %37, %47 {loc = "early_return.py:5", jic.shape = ["bcast(h.0, x.0)", "bcast(h.1, x.2)"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %49 = jic.tanh %48 {loc = "early_return.py:5", jic.shape = ["bcast(h.0, x.0)", "bcast(h.1, x.2)"]} : tensor<?x?xf32> -> tensor<?x?xf32>
        scf.yield %49, %10, %11, %40 : tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
      }{loc = "early_return.py:3"}
      %50 = arith.addi %36, %2 {loc = "early_return.py:2"} : index
      scf.yield %50, %42, %12, %43, %45 : index, tensor<?x?xf32>, i1, i1, tensor<?x?xf32>
    } attributes {loc = "early_return.py:2", jic.counted}
    %51 = arith.constant {loc = "early_return.py:2"} true
    %52 = arith.xori %24, %51 {loc = "early_return.py:2"} : i1
    %53 = arith.constant {loc = "early_return.py:2"} true
    %54, %55 = scf.if %52 -> (i1, tensor<?x?xf32>) {
      scf.yield %53, %22 : i1, tensor<?x?xf32>
    } else {
      scf.yield %24, %25 : i1, tensor<?x?xf32>
    }{loc = "early_return.py:2"}
    func.return %55 : tensor<?x?xf32>
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
    %13 = jic.dim %h[0] {loc = "early_return.py:3"} : tensor<?x?xf32>
    %14 = jic.dim %x[0] {loc = "early_return.py:3"} : tensor<?x?x?xf32>
    %15 = jic.broadcast_dim %13, %14 {msg = "early_return.py:5: add: the sizes (h.0, h.1) and (x.0, x.2) cannot be broadcast", loc = "early_return.py:3"}
    %16 = jic.dim %h[1] {loc = "early_return.py:3"} : tensor<?x?xf32>
    %17 = jic.dim %x[2] {loc = "early_return.py:3"} : tensor<?x?x?xf32>
    %18 = jic.broadcast_dim %16, %17 {msg = "early_return.py:5: add: the sizes (h.0, h.1) and (x.0, x.2) cannot be broadcast", loc = "early_return.py:3"}
    %19 = arith.cmpi eq, %13, %15 : index
    cf.assert %19, "early_return.py:3: a tensor would have different sizes on different paths or iterations (h.0 and bcast(h.0, x.0)); jic needs one shape" {jic.limitation, loc = "early_return.py:3"}
    %20 = arith.cmpi eq, %16, %18 : index
    cf.assert %20, "early_return.py:3: a tensor would have different sizes on different paths or iterations (h.1 and bcast(h.1, x.2)); jic needs one shape" {jic.limitation, loc = "early_return.py:3"}
    %21 = arith.constant {loc = "early_return.py:2"} true
    %22 = arith.constant {loc = "early_return.py:2"} true
    %23 = "jic.kernel"(%13, %16) ({
    ^bb0(%24: index, %25: index):
      %26 = jic.load %h[%24, %25] {loc = "early_return.py:2"} : tensor<?x?xf32> -> f32
      %27, %28, %29, %30, %31 = scf.while (%32 = %1, %33 = %26, %34 = %3, %35 = %4, %36 = %26) : (index, f32, i1, i1, f32) -> (index, f32, i1, i1, f32) {
        %37 = arith.cmpi slt, %32, %0 : index
        %38 = arith.xori %34, %5 {loc = "early_return.py:2"} : i1
        %39 = arith.andi %37, %38 {loc = "early_return.py:2"} : i1
        %40 = arith.xori %35, %6 {loc = "early_return.py:2"} : i1
        %41 = arith.andi %39, %40 {loc = "early_return.py:2"} : i1
        scf.condition(%41) %32, %33, %34, %35, %36 : index, f32, i1, i1, f32
      } do {
      ^bb0(%42: index, %43: f32, %44: i1, %45: i1, %46: f32):
        %47 = arith.addi %42, %2 {loc = "early_return.py:2"} : index
        %48 = arith.cmpi eq, %42, %n : index
        %49, %50, %51, %52 = scf.if %48 -> (f32, i1, i1, f32) {
          %53 = arith.truncf %7 {loc = "early_return.py:4"} : f64 to f32
          %54 = arith.mulf %43, %53 {loc = "early_return.py:4"} : f32
          scf.yield %43, %8, %9, %54 : f32, i1, i1, f32
        } else {
          %55 = jic.load %x[%24, %42, %25] {loc = "early_return.py:5"} : tensor<?x?x?xf32> -> f32
          %56 = arith.addf %43, %55 {loc = "early_return.py:5"} : f32
          %57 = math.tanh %56 {loc = "early_return.py:5"} : f32
          scf.yield %57, %10, %11, %46 : f32, i1, i1, f32
        }{loc = "early_return.py:4"}
        scf.yield %47, %49, %12, %50, %52 : index, f32, i1, i1, f32
      } attributes {loc = "early_return.py:2"}
      %58 = arith.xori %30, %21 {loc = "early_return.py:2"} : i1
      %59, %60 = scf.if %58 -> (i1, f32) {
        scf.yield %22, %28 : i1, f32
      } else {
        scf.yield %30, %31 : i1, f32
      }{loc = "early_return.py:2"}
      jic.yield %60 : f32
    }) {jic.shape = ["h.0", "h.1"], loc = "early_return.py:2"} : (index, index) -> tensor<?x?xf32>
    func.return %23 : tensor<?x?xf32>
  }
}
