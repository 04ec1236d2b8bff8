// PASS: fuse-kernels
// INPUT:
builtin.module {
  func.func @elman(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %W_ih: tensor<?x?xf32>, %W_hh: tensor<?x?xf32>, %b: tensor<?xf32>) -> tensor<?x?xf32> {
    %T = jic.dim %x[1] {loc = "elman.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "elman.py:4"} 0 : index
    %c1 = arith.constant {loc = "elman.py:4"} 1 : index
    %wi = jic.permute %W_ih {jic.shape = ["W_ih.1", "W_ih.0"], loc = "elman.py:4", perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %0 = jic.dim %x[2] {loc = "elman.py:4"} : tensor<?x?x?xf32>
    %1 = jic.dim %W_ih[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %2 = arith.cmpi eq, %0, %1 : index
    cf.assert %2, "elman.py:4: matmul: expected the lhs's last size (x.2) to equal the rhs's second-to-last size (W_ih.1)" {loc = "elman.py:4"}
    %3 = jic.matmul %x, %wi {jic.shape = ["x.0", "x.1", "W_ih.0"], loc = "elman.py:4"} : tensor<?x?x?xf32>, tensor<?x?xf32> -> tensor<?x?x?xf32>
    %wh = jic.permute %W_hh {jic.shape = ["W_hh.1", "W_hh.0"], loc = "elman.py:4", perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
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
    %r = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
      %m = jic.matmul %hc, %wh {jic.shape = ["h.0", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %n = "jic.kernel"(%9, %14) ({
      ^bb0(%17: index, %18: index):
        %19 = jic.load %3[%17, %t, %18] {loc = "elman.py:4"} : tensor<?x?x?xf32> -> f32
        %20 = jic.load %m[%17, %18] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
        %21 = arith.addf %19, %20 {loc = "elman.py:4"} : f32
        %22 = jic.load %b[%18] {loc = "elman.py:4"} : tensor<?xf32> -> f32
        %23 = arith.addf %21, %22 {loc = "elman.py:4"} : f32
        %24 = math.tanh %23 {loc = "elman.py:4"} : f32
        jic.yield %24 : f32
      }) {loc = "elman.py:4"} : (index, index) -> tensor<?x?xf32>
      scf.yield %n : tensor<?x?xf32>
    } {jic.coupled = "coupled dim 1 (jic.matmul at elman.py:4)", jic.host_loop = "carried `hc` is coupled along dim 1 by the matmul at elman.py:4", loc = "elman.py:4"}
    func.return %r : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @elman(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %W_ih: tensor<?x?xf32>, %W_hh: tensor<?x?xf32>, %b: tensor<?xf32>) -> tensor<?x?xf32> {
    %T = jic.dim %x[1] {loc = "elman.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "elman.py:4"} 0 : index
    %c1 = arith.constant {loc = "elman.py:4"} 1 : index
    %wi = jic.permute %W_ih {jic.shape = ["W_ih.1", "W_ih.0"], loc = "elman.py:4", perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %0 = jic.dim %x[2] {loc = "elman.py:4"} : tensor<?x?x?xf32>
    %1 = jic.dim %W_ih[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %2 = arith.cmpi eq, %0, %1 : index
    cf.assert %2, "elman.py:4: matmul: expected the lhs's last size (x.2) to equal the rhs's second-to-last size (W_ih.1)" {loc = "elman.py:4"}
    %3 = jic.matmul %x, %wi {jic.shape = ["x.0", "x.1", "W_ih.0"], loc = "elman.py:4"} : tensor<?x?x?xf32>, tensor<?x?xf32> -> tensor<?x?x?xf32>
    %wh = jic.permute %W_hh {jic.shape = ["W_hh.1", "W_hh.0"], loc = "elman.py:4", perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
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
    %r = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
      %m = jic.matmul %hc, %wh {jic.shape = ["h.0", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %n = "jic.kernel"(%9, %14) ({
      ^bb0(%17: index, %18: index):
        %19 = jic.load %3[%17, %t, %18] {loc = "elman.py:4"} : tensor<?x?x?xf32> -> f32
        %20 = jic.load %m[%17, %18] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
        %21 = arith.addf %19, %20 {loc = "elman.py:4"} : f32
        %22 = jic.load %b[%18] {loc = "elman.py:4"} : tensor<?xf32> -> f32
        %23 = arith.addf %21, %22 {loc = "elman.py:4"} : f32
        %24 = math.tanh %23 {loc = "elman.py:4"} : f32
        jic.yield %24 : f32
      }) {loc = "elman.py:4"} : (index, index) -> tensor<?x?xf32>
      scf.yield %n : tensor<?x?xf32>
    } {jic.coupled = "coupled dim 1 (jic.matmul at elman.py:4)", jic.host_loop = "carried `hc` is coupled along dim 1 by the matmul at elman.py:4", loc = "elman.py:4"}
    func.return %r : tensor<?x?xf32>
  }
}
