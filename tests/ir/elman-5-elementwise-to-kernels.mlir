// PASS: elementwise-to-kernels
// INPUT:
builtin.module {
  func.func @elman(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %W_ih: tensor<?x?xf32>, %W_hh: tensor<?x?xf32>, %b: tensor<?xf32>) -> tensor<?x?xf32> {
    %T = jic.dim %x[1] {loc = "elman.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "elman.py:4"} 0 : index
    %c1 = arith.constant {loc = "elman.py:4"} 1 : index
    %wi = jic.permute %W_ih {loc = "elman.py:4", jic.shape = ["W_ih.1", "W_ih.0"], perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %0 = jic.dim %x[2] {loc = "elman.py:4"} : tensor<?x?x?xf32>
    %1 = jic.dim %W_ih[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %2 = arith.cmpi eq, %0, %1 : index
    cf.assert %2, "elman.py:4: matmul: expected the lhs's last size (x.2) to equal the rhs's second-to-last size (W_ih.1)" {loc = "elman.py:4"}
    %3 = jic.matmul %x, %wi {loc = "elman.py:4", jic.shape = ["x.0", "x.1", "W_ih.0"]} : tensor<?x?x?xf32>, tensor<?x?xf32> -> tensor<?x?x?xf32>
    %wh = jic.permute %W_hh {loc = "elman.py:4", jic.shape = ["W_hh.1", "W_hh.0"], perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %4 = jic.dim %h[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %5 = jic.dim %W_hh[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %6 = arith.cmpi eq, %4, %5 : index
    cf.assert %6, "elman.py:4: matmul: expected the lhs's last size (h.1) to equal the rhs's second-to-last size (W_hh.1)" {loc = "elman.py:4"}
    %7 = jic.dim %x[0] {loc = "elman.py:4"} : tensor<?x?x?xf32>
    %8 = jic.dim %h[0] {loc = "elman.py:4"} : tensor<?x?xf32>
    %9 = jic.broadcast_dim %7, %8 {msg = "elman.py:4: add: the sizes (x.0, W_ih.0) and (h.0, W_hh.0) cannot be broadcast", loc = "elman.py:4"}
    %10 = jic.dim %W_ih[0] {loc = "elman.py:4"} : tensor<?x?xf32>
    %11 = jic.dim %W_hh[0] {loc = "elman.py:4"} : tensor<?x?xf32>
    %12 = jic.broadcast_dim %10, %11 {msg = "elman.py:4: add: the sizes (x.0, W_ih.0) and (h.0, W_hh.0) cannot be broadcast", loc = "elman.py:4"}
    %13 = jic.dim %b[0] {loc = "elman.py:4"} : tensor<?xf32>
    %14 = jic.broadcast_dim %12, %13 {msg = "elman.py:4: add: the sizes (bcast(x.0, h.0), bcast(W_ih.0, W_hh.0)) and (b.0) cannot be broadcast", loc = "elman.py:4"}
    %15 = arith.cmpi eq, %8, %9 : index
    cf.assert %15, "elman.py:4: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "elman.py:4"}
    %16 = arith.cmpi eq, %4, %14 : index
    cf.assert %16, "elman.py:4: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(bcast(W_ih.0, W_hh.0), b.0)); jic needs it to keep its shape" {jic.limitation, loc = "elman.py:4"}
    %17 = arith.constant {loc = "elman.py:4"} 8 : index
    %18 = arith.muli %4, %17 {loc = "elman.py:4"} : index
    %19 = arith.constant {loc = "elman.py:4"} 49152 : index
    %20 = arith.cmpi ule, %18, %19 : index
    %r = scf.if %20 -> (tensor<?x?xf32>) {
      %21 = jic.contiguous %wh {jic.shape = ["W_hh.1", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %22 = "jic.recurrent_kernel"(%8, %4, %c0, %T, %c1, %h) <{rows_per_block = 1 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1>}> ({
      ^bb0(%23: index, %24: index, %25: index, %26: tensor<?x?xf32>):
        %27 = arith.constant {loc = "elman.py:4"} 0.000000e+00 : f32
        %28 = arith.constant {loc = "elman.py:4"} 0 : index
        %29 = arith.constant {loc = "elman.py:4"} 1 : index
        %30 = jic.load %3[%25, %23, %24] {loc = "elman.py:4"} : tensor<?x?x?xf32> -> f32
        %31 = jic.load %b[%24] {loc = "elman.py:4"} : tensor<?xf32> -> f32
        %32 = scf.for %33 = %28 to %4 step %29 iter_args(%34 = %27) -> (f32) {
          %35 = jic.load %21[%33, %24] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
          %36 = jic.load %26[%25, %33] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
          %37 = arith.mulf %36, %35 {loc = "elman.py:4"} : f32
          %38 = arith.addf %34, %37 {loc = "elman.py:4"} : f32
          scf.yield %38 : f32
        } {jic.pipeline_depth = 16 : index, loc = "elman.py:4"}
        %39 = arith.addf %30, %32 {loc = "elman.py:4"} : f32
        %40 = arith.addf %39, %31 {loc = "elman.py:4"} : f32
        %41 = math.tanh %40 {loc = "elman.py:4"} : f32
        jic.recurrent_yield %41 : f32
      }) {jic.shape = ["h.0", "h.1"], loc = "elman.py:4"} : (index, index, index, index, index, tensor<?x?xf32>) -> tensor<?x?xf32>
      scf.yield %22 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
        %a = jic.select %3[1 = %t] {loc = "elman.py:4", jic.shape = ["x.0", "W_ih.0"]} : tensor<?x?x?xf32> -> tensor<?x?xf32>
        %m = jic.matmul %hc, %wh {loc = "elman.py:4", jic.shape = ["h.0", "W_hh.0"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %s = jic.add %a, %m {loc = "elman.py:4", jic.shape = ["bcast(x.0, h.0)", "bcast(W_ih.0, W_hh.0)"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %sb = jic.add %s, %b {loc = "elman.py:4", jic.shape = ["bcast(x.0, h.0)", "bcast(bcast(W_ih.0, W_hh.0), b.0)"]} : tensor<?x?xf32>, tensor<?xf32> -> tensor<?x?xf32>
        %n = jic.tanh %sb {loc = "elman.py:4", jic.shape = ["bcast(x.0, h.0)", "bcast(bcast(W_ih.0, W_hh.0), b.0)"]} : tensor<?x?xf32> -> tensor<?x?xf32>
        scf.yield %n : tensor<?x?xf32>
      } {loc = "elman.py:4", jic.coupled = "coupled dim 1 (jic.matmul at elman.py:4)", jic.host_loop = "carried `hc` is coupled along dim 1 by the matmul at elman.py:4"}
      scf.yield %r_1 : tensor<?x?xf32>
    }{jic.recurrent = "one block kernel (1 rows a block, its threads over the units, the state in shared memory) while units * 8 B <= 49152 B; else the loop steps on the host", loc = "elman.py:4"}
    func.return %r : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @elman(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %W_ih: tensor<?x?xf32>, %W_hh: tensor<?x?xf32>, %b: tensor<?xf32>) -> tensor<?x?xf32> {
    %T = jic.dim %x[1] {loc = "elman.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "elman.py:4"} 0 : index
    %c1 = arith.constant {loc = "elman.py:4"} 1 : index
    %wi = jic.permute %W_ih {loc = "elman.py:4", jic.shape = ["W_ih.1", "W_ih.0"], perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %0 = jic.dim %x[2] {loc = "elman.py:4"} : tensor<?x?x?xf32>
    %1 = jic.dim %W_ih[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %2 = arith.cmpi eq, %0, %1 : index
    cf.assert %2, "elman.py:4: matmul: expected the lhs's last size (x.2) to equal the rhs's second-to-last size (W_ih.1)" {loc = "elman.py:4"}
    %3 = jic.matmul %x, %wi {loc = "elman.py:4", jic.shape = ["x.0", "x.1", "W_ih.0"]} : tensor<?x?x?xf32>, tensor<?x?xf32> -> tensor<?x?x?xf32>
    %wh = jic.permute %W_hh {loc = "elman.py:4", jic.shape = ["W_hh.1", "W_hh.0"], perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %4 = jic.dim %h[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %5 = jic.dim %W_hh[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %6 = arith.cmpi eq, %4, %5 : index
    cf.assert %6, "elman.py:4: matmul: expected the lhs's last size (h.1) to equal the rhs's second-to-last size (W_hh.1)" {loc = "elman.py:4"}
    %7 = jic.dim %x[0] {loc = "elman.py:4"} : tensor<?x?x?xf32>
    %8 = jic.dim %h[0] {loc = "elman.py:4"} : tensor<?x?xf32>
    %9 = jic.broadcast_dim %7, %8 {msg = "elman.py:4: add: the sizes (x.0, W_ih.0) and (h.0, W_hh.0) cannot be broadcast", loc = "elman.py:4"}
    %10 = jic.dim %W_ih[0] {loc = "elman.py:4"} : tensor<?x?xf32>
    %11 = jic.dim %W_hh[0] {loc = "elman.py:4"} : tensor<?x?xf32>
    %12 = jic.broadcast_dim %10, %11 {msg = "elman.py:4: add: the sizes (x.0, W_ih.0) and (h.0, W_hh.0) cannot be broadcast", loc = "elman.py:4"}
    %13 = jic.dim %b[0] {loc = "elman.py:4"} : tensor<?xf32>
    %14 = jic.broadcast_dim %12, %13 {msg = "elman.py:4: add: the sizes (bcast(x.0, h.0), bcast(W_ih.0, W_hh.0)) and (b.0) cannot be broadcast", loc = "elman.py:4"}
    %15 = arith.cmpi eq, %8, %9 : index
    cf.assert %15, "elman.py:4: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "elman.py:4"}
    %16 = arith.cmpi eq, %4, %14 : index
    cf.assert %16, "elman.py:4: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(bcast(W_ih.0, W_hh.0), b.0)); jic needs it to keep its shape" {jic.limitation, loc = "elman.py:4"}
    %17 = arith.constant {loc = "elman.py:4"} 8 : index
    %18 = arith.muli %4, %17 {loc = "elman.py:4"} : index
    %19 = arith.constant {loc = "elman.py:4"} 49152 : index
    %20 = arith.cmpi ule, %18, %19 : index
    %r = scf.if %20 -> (tensor<?x?xf32>) {
      %21 = jic.contiguous %wh {jic.shape = ["W_hh.1", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %22 = "jic.recurrent_kernel"(%8, %4, %c0, %T, %c1, %h) <{rows_per_block = 1 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1>}> ({
      ^bb0(%23: index, %24: index, %25: index, %26: tensor<?x?xf32>):
        %27 = arith.constant {loc = "elman.py:4"} 0.000000e+00 : f32
        %28 = arith.constant {loc = "elman.py:4"} 0 : index
        %29 = arith.constant {loc = "elman.py:4"} 1 : index
        %30 = jic.load %3[%25, %23, %24] {loc = "elman.py:4"} : tensor<?x?x?xf32> -> f32
        %31 = jic.load %b[%24] {loc = "elman.py:4"} : tensor<?xf32> -> f32
        %32 = scf.for %33 = %28 to %4 step %29 iter_args(%34 = %27) -> (f32) {
          %35 = jic.load %21[%33, %24] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
          %36 = jic.load %26[%25, %33] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
          %37 = arith.mulf %36, %35 {loc = "elman.py:4"} : f32
          %38 = arith.addf %34, %37 {loc = "elman.py:4"} : f32
          scf.yield %38 : f32
        } {jic.pipeline_depth = 16 : index, loc = "elman.py:4"}
        %39 = arith.addf %30, %32 {loc = "elman.py:4"} : f32
        %40 = arith.addf %39, %31 {loc = "elman.py:4"} : f32
        %41 = math.tanh %40 {loc = "elman.py:4"} : f32
        jic.recurrent_yield %41 : f32
      }) {jic.shape = ["h.0", "h.1"], loc = "elman.py:4"} : (index, index, index, index, index, tensor<?x?xf32>) -> tensor<?x?xf32>
      scf.yield %22 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
        %m = jic.matmul %hc, %wh {loc = "elman.py:4", jic.shape = ["h.0", "W_hh.0"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %n = "jic.kernel"(%9, %14) ({
        ^bb0(%42: index, %43: index):
          %44 = jic.load %3[%42, %t, %43] {loc = "elman.py:4"} : tensor<?x?x?xf32> -> f32
          %45 = jic.load %m[%42, %43] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
          %46 = arith.addf %44, %45 {loc = "elman.py:4"} : f32
          %47 = jic.load %b[%43] {loc = "elman.py:4"} : tensor<?xf32> -> f32
          %48 = arith.addf %46, %47 {loc = "elman.py:4"} : f32
          %49 = math.tanh %48 {loc = "elman.py:4"} : f32
          jic.yield %49 : f32
        }) {loc = "elman.py:4"} : (index, index) -> tensor<?x?xf32>
        scf.yield %n : tensor<?x?xf32>
      } {loc = "elman.py:4", jic.coupled = "coupled dim 1 (jic.matmul at elman.py:4)", jic.host_loop = "carried `hc` is coupled along dim 1 by the matmul at elman.py:4"}
      scf.yield %r_1 : tensor<?x?xf32>
    }{jic.recurrent = "one block kernel (1 rows a block, its threads over the units, the state in shared memory) while units * 8 B <= 49152 B; else the loop steps on the host", loc = "elman.py:4"}
    func.return %r : tensor<?x?xf32>
  }
}
