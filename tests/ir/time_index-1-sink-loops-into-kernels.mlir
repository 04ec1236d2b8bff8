// PASS: sink-loops-into-kernels
// INPUT:
builtin.module {
  func.func @time_index(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %n: index) -> tensor<?x?xf32> {
    %T = jic.dim %x[1] {loc = "time_index.py:2"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "time_index.py:4"} 0 : index
    %c1 = arith.constant {loc = "time_index.py:4"} 1 : index
    %tn = arith.addi %c1, %n {loc = "time_index.py:4"} : index
    %0 = arith.subi %T, %c1 {loc = "time_index.py:4"} : index
    %tn_1 = arith.addi %0, %n {loc = "time_index.py:4"} : index
    %1 = arith.cmpi sge, %c1, %T : index
    %2 = arith.subi %c0, %T {loc = "time_index.py:4"} : index
    %3 = arith.cmpi sge, %tn, %2 : index
    %4 = arith.cmpi slt, %tn_1, %T : index
    %5 = arith.andi %3, %4 {loc = "time_index.py:4"} : i1
    %6 = arith.ori %1, %5 {loc = "time_index.py:4"} : i1
    cf.assert %6, "time_index.py:4: index out of range for dimension 1 of a tensor of size x.1 in some step of the loop at time_index.py:2" {jic.index_error, loc = "time_index.py:4"}
    %7 = jic.dim %x[0] {loc = "time_index.py:4"} : tensor<?x?x?xf32>
    %8 = jic.dim %h[0] {loc = "time_index.py:4"} : tensor<?x?xf32>
    %9 = jic.broadcast_dim %7, %8 {msg = "time_index.py:5: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "time_index.py:4"}
    %10 = jic.dim %x[2] {loc = "time_index.py:4"} : tensor<?x?x?xf32>
    %11 = jic.dim %h[1] {loc = "time_index.py:4"} : tensor<?x?xf32>
    %12 = jic.broadcast_dim %10, %11 {msg = "time_index.py:5: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "time_index.py:4"}
    %13 = arith.cmpi eq, %8, %9 : index
    cf.assert %13, "time_index.py:5: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "time_index.py:4"}
    %14 = arith.cmpi eq, %11, %12 : index
    cf.assert %14, "time_index.py:5: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(x.2, h.1)); jic needs it to keep its shape" {jic.limitation, loc = "time_index.py:4"}
    %r = scf.for %t = %c1 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
      %xt = jic.select %x[1 = %t] {loc = "time_index.py:3", jic.shape = ["x.0", "x.2"]} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %tm1 = arith.subi %t, %c1 {loc = "time_index.py:3"} : index
      %xp = jic.select %x[1 = %tm1] {loc = "time_index.py:3", jic.shape = ["x.0", "x.2"]} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %tn_2 = arith.addi %t, %n {loc = "time_index.py:4"} : index
      %15 = arith.cmpi slt, %tn_2, %c0 : index
      %16 = arith.addi %tn_2, %T {loc = "time_index.py:4"} : index
      %17 = arith.select %15, %16, %tn_2 {loc = "time_index.py:4"} : index
      %xn = jic.select %x[1 = %17] {loc = "time_index.py:4", jic.shape = ["x.0", "x.2"]} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %d = jic.sub %xt, %xp {loc = "time_index.py:3", jic.shape = ["x.0", "x.2"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %e = jic.add %d, %xn {loc = "time_index.py:4", jic.shape = ["x.0", "x.2"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %s = jic.add %e, %hc {loc = "time_index.py:5", jic.shape = ["bcast(x.0, h.0)", "bcast(x.2, h.1)"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %y = jic.tanh %s {loc = "time_index.py:5", jic.shape = ["bcast(x.0, h.0)", "bcast(x.2, h.1)"]} : tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %y : tensor<?x?xf32>
    } {loc = "time_index.py:2"}
    func.return %r : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @time_index(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %n: index) -> tensor<?x?xf32> {
    %T = jic.dim %x[1] {loc = "time_index.py:2"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "time_index.py:4"} 0 : index
    %c1 = arith.constant {loc = "time_index.py:4"} 1 : index
    %tn = arith.addi %c1, %n {loc = "time_index.py:4"} : index
    %0 = arith.subi %T, %c1 {loc = "time_index.py:4"} : index
    %tn_1 = arith.addi %0, %n {loc = "time_index.py:4"} : index
    %1 = arith.cmpi sge, %c1, %T : index
    %2 = arith.subi %c0, %T {loc = "time_index.py:4"} : index
    %3 = arith.cmpi sge, %tn, %2 : index
    %4 = arith.cmpi slt, %tn_1, %T : index
    %5 = arith.andi %3, %4 {loc = "time_index.py:4"} : i1
    %6 = arith.ori %1, %5 {loc = "time_index.py:4"} : i1
    cf.assert %6, "time_index.py:4: index out of range for dimension 1 of a tensor of size x.1 in some step of the loop at time_index.py:2" {jic.index_error, loc = "time_index.py:4"}
    %7 = jic.dim %x[0] {loc = "time_index.py:4"} : tensor<?x?x?xf32>
    %8 = jic.dim %h[0] {loc = "time_index.py:4"} : tensor<?x?xf32>
    %9 = jic.broadcast_dim %7, %8 {msg = "time_index.py:5: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "time_index.py:4"}
    %10 = jic.dim %x[2] {loc = "time_index.py:4"} : tensor<?x?x?xf32>
    %11 = jic.dim %h[1] {loc = "time_index.py:4"} : tensor<?x?xf32>
    %12 = jic.broadcast_dim %10, %11 {msg = "time_index.py:5: add: the sizes (x.0, x.2) and (h.0, h.1) cannot be broadcast", loc = "time_index.py:4"}
    %13 = arith.cmpi eq, %8, %9 : index
    cf.assert %13, "time_index.py:5: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "time_index.py:4"}
    %14 = arith.cmpi eq, %11, %12 : index
    cf.assert %14, "time_index.py:5: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(x.2, h.1)); jic needs it to keep its shape" {jic.limitation, loc = "time_index.py:4"}
    %r = "jic.kernel"(%8, %11) ({
    ^bb0(%15: index, %16: index):
      %17 = jic.load %h[%15, %16] {loc = "time_index.py:3"} : tensor<?x?xf32> -> f32
      %18 = scf.for %19 = %c1 to %T step %c1 iter_args(%20 = %17) -> (f32) {
        %21 = jic.load %x[%15, %19, %16] {loc = "time_index.py:3"} : tensor<?x?x?xf32> -> f32
        %tm1 = arith.subi %19, %c1 {loc = "time_index.py:3"} : index
        %22 = jic.load %x[%15, %tm1, %16] {loc = "time_index.py:3"} : tensor<?x?x?xf32> -> f32
        %23 = arith.subf %21, %22 {loc = "time_index.py:3"} : f32
        %tn_2 = arith.addi %19, %n {loc = "time_index.py:4"} : index
        %24 = arith.cmpi slt, %tn_2, %c0 : index
        %25 = arith.addi %tn_2, %T {loc = "time_index.py:4"} : index
        %26 = arith.select %24, %25, %tn_2 {loc = "time_index.py:4"} : index
        %27 = jic.load %x[%15, %26, %16] {loc = "time_index.py:4"} : tensor<?x?x?xf32> -> f32
        %28 = arith.addf %23, %27 {loc = "time_index.py:4"} : f32
        %29 = arith.addf %28, %20 {loc = "time_index.py:5"} : f32
        %30 = math.tanh %29 {loc = "time_index.py:5"} : f32
        scf.yield %30 : f32
      } {loc = "time_index.py:3"}
      jic.yield %18 : f32
    }) {jic.shape = ["h.0", "h.1"], loc = "time_index.py:3"} : (index, index) -> tensor<?x?xf32>
    func.return %r : tensor<?x?xf32>
  }
}
