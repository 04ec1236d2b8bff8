// PASS: sink-loops-into-kernels
// INPUT:
builtin.module {
  func.func @lif(%i_seq: tensor<?x?x?xf32>, %v: tensor<?x?xf32>, %n: tensor<?x?xf32>, %decay: f64, %v_th: f64, %v_reset: f64) -> (tensor<?x?xf32>, tensor<?x?xf32>) attributes {jic.params = "i_seq,v,n,decay,v_th,v_reset", jic.returns_tuple = "1"} {
    %T = jic.dim %i_seq[1] {loc = "lif.py:2"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "lif.py:2"} 0 : index
    %c1 = arith.constant {loc = "lif.py:2"} 1 : index
    %0 = jic.dim %v[0] {loc = "lif.py:2"} : tensor<?x?xf32>
    %1 = jic.dim %i_seq[0] {loc = "lif.py:2"} : tensor<?x?x?xf32>
    %2 = jic.broadcast_dim %0, %1 {msg = "lif.py:3: add: the sizes (v.0, v.1) and (i_seq.0, i_seq.2) cannot be broadcast", loc = "lif.py:2"}
    %3 = jic.dim %v[1] {loc = "lif.py:2"} : tensor<?x?xf32>
    %4 = jic.dim %i_seq[2] {loc = "lif.py:2"} : tensor<?x?x?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "lif.py:3: add: the sizes (v.0, v.1) and (i_seq.0, i_seq.2) cannot be broadcast", loc = "lif.py:2"}
    %6 = jic.dim %n[0] {loc = "lif.py:2"} : tensor<?x?xf32>
    %7 = jic.broadcast_dim %6, %2 {msg = "lif.py:5: add: the sizes (n.0, n.1) and (bcast(v.0, i_seq.0), bcast(v.1, i_seq.2)) cannot be broadcast", loc = "lif.py:2"}
    %8 = jic.dim %n[1] {loc = "lif.py:2"} : tensor<?x?xf32>
    %9 = jic.broadcast_dim %8, %5 {msg = "lif.py:5: add: the sizes (n.0, n.1) and (bcast(v.0, i_seq.0), bcast(v.1, i_seq.2)) cannot be broadcast", loc = "lif.py:2"}
    %10 = arith.cmpi eq, %6, %7 : index
    cf.assert %10, "lif.py:5: a loop-carried tensor would change its size inside the loop (from n.0 to bcast(n.0, bcast(v.0, i_seq.0))); jic needs it to keep its shape" {jic.limitation, loc = "lif.py:2"}
    %11 = arith.cmpi eq, %8, %9 : index
    cf.assert %11, "lif.py:5: a loop-carried tensor would change its size inside the loop (from n.1 to bcast(n.1, bcast(v.1, i_seq.2))); jic needs it to keep its shape" {jic.limitation, loc = "lif.py:2"}
    %12 = arith.cmpi eq, %0, %2 : index
    cf.assert %12, "lif.py:6: a loop-carried tensor would change its size inside the loop (from v.0 to bcast(v.0, i_seq.0)); jic needs it to keep its shape" {jic.limitation, loc = "lif.py:2"}
    %13 = arith.cmpi eq, %3, %5 : index
    cf.assert %13, "lif.py:6: a loop-carried tensor would change its size inside the loop (from v.1 to bcast(v.1, i_seq.2)); jic needs it to keep its shape" {jic.limitation, loc = "lif.py:2"}
    %rn, %rv = scf.for %t = %c0 to %T step %c1 iter_args(%nc = %n, %vc = %v) -> (tensor<?x?xf32>, tensor<?x?xf32>) {
      %a = jic.mul %decay, %vc {loc = "lif.py:3", jic.shape = ["v.0", "v.1"]} : f64, tensor<?x?xf32> -> tensor<?x?xf32>
      %it = jic.select %i_seq[1 = %t] {loc = "lif.py:3", jic.shape = ["i_seq.0", "i_seq.2"]} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %v1 = jic.add %a, %it {loc = "lif.py:3", jic.shape = ["bcast(v.0, i_seq.0)", "bcast(v.1, i_seq.2)"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %ge = jic.pointwise "ge"(%v1, %v_th) {loc = "lif.py:4", jic.shape = ["bcast(v.0, i_seq.0)", "bcast(v.1, i_seq.2)"]} : (tensor<?x?xf32>, f64) -> tensor<?x?xi1>
      %s = jic.cast %ge {loc = "lif.py:4", jic.shape = ["bcast(v.0, i_seq.0)", "bcast(v.1, i_seq.2)"]} : tensor<?x?xi1> -> tensor<?x?xf32>
      %n1 = jic.add %nc, %s {loc = "lif.py:5", jic.shape = ["bcast(n.0, bcast(v.0, i_seq.0))", "bcast(n.1, bcast(v.1, i_seq.2))"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %d = jic.sub %v1, %v_reset {loc = "lif.py:6", jic.shape = ["bcast(v.0, i_seq.0)", "bcast(v.1, i_seq.2)"]} : tensor<?x?xf32>, f64 -> tensor<?x?xf32>
      %sd = jic.mul %s, %d {loc = "lif.py:6", jic.shape = ["bcast(v.0, i_seq.0)", "bcast(v.1, i_seq.2)"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %v2 = jic.sub %v1, %sd {loc = "lif.py:6", jic.shape = ["bcast(v.0, i_seq.0)", "bcast(v.1, i_seq.2)"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %n1, %v2 : tensor<?x?xf32>, tensor<?x?xf32>
    } {loc = "lif.py:2"}
    func.return %rv, %rn : tensor<?x?xf32>, tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @lif(%i_seq: tensor<?x?x?xf32>, %v: tensor<?x?xf32>, %n: tensor<?x?xf32>, %decay: f64, %v_th: f64, %v_reset: f64) -> (tensor<?x?xf32>, tensor<?x?xf32>) attributes {jic.params = "i_seq,v,n,decay,v_th,v_reset", jic.returns_tuple = "1"} {
    %T = jic.dim %i_seq[1] {loc = "lif.py:2"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "lif.py:2"} 0 : index
    %c1 = arith.constant {loc = "lif.py:2"} 1 : index
    %0 = jic.dim %v[0] {loc = "lif.py:2"} : tensor<?x?xf32>
    %1 = jic.dim %i_seq[0] {loc = "lif.py:2"} : tensor<?x?x?xf32>
    %2 = jic.broadcast_dim %0, %1 {msg = "lif.py:3: add: the sizes (v.0, v.1) and (i_seq.0, i_seq.2) cannot be broadcast", loc = "lif.py:2"}
    %3 = jic.dim %v[1] {loc = "lif.py:2"} : tensor<?x?xf32>
    %4 = jic.dim %i_seq[2] {loc = "lif.py:2"} : tensor<?x?x?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "lif.py:3: add: the sizes (v.0, v.1) and (i_seq.0, i_seq.2) cannot be broadcast", loc = "lif.py:2"}
    %6 = jic.dim %n[0] {loc = "lif.py:2"} : tensor<?x?xf32>
    %7 = jic.broadcast_dim %6, %2 {msg = "lif.py:5: add: the sizes (n.0, n.1) and (bcast(v.0, i_seq.0), bcast(v.1, i_seq.2)) cannot be broadcast", loc = "lif.py:2"}
    %8 = jic.dim %n[1] {loc = "lif.py:2"} : tensor<?x?xf32>
    %9 = jic.broadcast_dim %8, %5 {msg = "lif.py:5: add: the sizes (n.0, n.1) and (bcast(v.0, i_seq.0), bcast(v.1, i_seq.2)) cannot be broadcast", loc = "lif.py:2"}
    %10 = arith.cmpi eq, %6, %7 : index
    cf.assert %10, "lif.py:5: a loop-carried tensor would change its size inside the loop (from n.0 to bcast(n.0, bcast(v.0, i_seq.0))); jic needs it to keep its shape" {jic.limitation, loc = "lif.py:2"}
    %11 = arith.cmpi eq, %8, %9 : index
    cf.assert %11, "lif.py:5: a loop-carried tensor would change its size inside the loop (from n.1 to bcast(n.1, bcast(v.1, i_seq.2))); jic needs it to keep its shape" {jic.limitation, loc = "lif.py:2"}
    %12 = arith.cmpi eq, %0, %2 : index
    cf.assert %12, "lif.py:6: a loop-carried tensor would change its size inside the loop (from v.0 to bcast(v.0, i_seq.0)); jic needs it to keep its shape" {jic.limitation, loc = "lif.py:2"}
    %13 = arith.cmpi eq, %3, %5 : index
    cf.assert %13, "lif.py:6: a loop-carried tensor would change its size inside the loop (from v.1 to bcast(v.1, i_seq.2)); jic needs it to keep its shape" {jic.limitation, loc = "lif.py:2"}
    %14 = arith.cmpi eq, %6, %0 : index
    cf.assert %14, "lif.py:2: the loop-carried tensors `nc` (n.0) and `vc` (v.0) differ in size along dim 0; jic runs the loop as one kernel only when they agree" {jic.limitation, loc = "lif.py:2"}
    %15 = arith.cmpi eq, %8, %3 : index
    cf.assert %15, "lif.py:2: the loop-carried tensors `nc` (n.1) and `vc` (v.1) differ in size along dim 1; jic runs the loop as one kernel only when they agree" {jic.limitation, loc = "lif.py:2"}
    %rn, %rv = "jic.kernel"(%6, %8) ({
    ^bb0(%16: index, %17: index):
      %18 = jic.load %n[%16, %17] {loc = "lif.py:3"} : tensor<?x?xf32> -> f32
      %19 = jic.load %v[%16, %17] {loc = "lif.py:3"} : tensor<?x?xf32> -> f32
      %20, %21 = scf.for %22 = %c0 to %T step %c1 iter_args(%23 = %18, %24 = %19) -> (f32, f32) {
        %25 = arith.truncf %decay {loc = "lif.py:3"} : f64 to f32
        %26 = arith.mulf %25, %24 {loc = "lif.py:3"} : f32
        %27 = jic.load %i_seq[%16, %22, %17] {loc = "lif.py:3"} : tensor<?x?x?xf32> -> f32
        %28 = arith.addf %26, %27 {loc = "lif.py:3"} : f32
        %29 = arith.truncf %v_th {loc = "lif.py:4"} : f64 to f32
        %30 = arith.cmpf oge, %28, %29 : f32
        %31 = arith.uitofp %30 {loc = "lif.py:4"} : i1 to f32
        %32 = arith.addf %23, %31 {loc = "lif.py:5"} : f32
        %33 = arith.truncf %v_reset {loc = "lif.py:6"} : f64 to f32
        %34 = arith.subf %28, %33 {loc = "lif.py:6"} : f32
        %35 = arith.mulf %31, %34 {loc = "lif.py:6"} : f32
        %36 = arith.subf %28, %35 {loc = "lif.py:6"} : f32
        scf.yield %32, %36 : f32, f32
      } {loc = "lif.py:3"}
      jic.yield %20, %21 : f32, f32
    }) {jic.shape = ["n.0", "n.1"], loc = "lif.py:3"} : (index, index) -> (tensor<?x?xf32>, tensor<?x?xf32>)
    func.return %rv, %rn : tensor<?x?xf32>, tensor<?x?xf32>
  }
}
