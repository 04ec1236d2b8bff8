// PASS: recurrent-block-kernels
// INPUT:
builtin.module {
  func.func @cell(%x_seq: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %T = jic.dim %x_seq[1] {loc = "cell.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "cell.py:4"} 0 : index
    %c1 = arith.constant {loc = "cell.py:4"} 1 : index
    %0 = jic.dim %x_seq[0] {loc = "cell.py:4"} : tensor<?x?x?xf32>
    %1 = jic.dim %h[0] {loc = "cell.py:4"} : tensor<?x?xf32>
    %2 = jic.broadcast_dim %0, %1 {msg = "cell.py:4: add: the sizes (x_seq.0, x_seq.2) and (h.0, h.1) cannot be broadcast", loc = "cell.py:4"}
    %3 = jic.dim %x_seq[2] {loc = "cell.py:4"} : tensor<?x?x?xf32>
    %4 = jic.dim %h[1] {loc = "cell.py:4"} : tensor<?x?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "cell.py:4: add: the sizes (x_seq.0, x_seq.2) and (h.0, h.1) cannot be broadcast", loc = "cell.py:4"}
    %6 = arith.cmpi eq, %1, %2 : index
    cf.assert %6, "cell.py:4: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x_seq.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "cell.py:4"}
    %7 = arith.cmpi eq, %4, %5 : index
    cf.assert %7, "cell.py:4: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(x_seq.2, h.1)); jic needs it to keep its shape" {jic.limitation, loc = "cell.py:4"}
    %r = "jic.kernel"(%1, %4) ({
    ^bb0(%8: index, %9: index):
      %10 = jic.load %h[%8, %9] {loc = "cell.py:4"} : tensor<?x?xf32> -> f32
      %11 = scf.for %12 = %c0 to %T step %c1 iter_args(%13 = %10) -> (f32) {
        %14 = jic.load %x_seq[%8, %12, %9] {loc = "cell.py:4"} : tensor<?x?x?xf32> -> f32
        %15 = arith.addf %14, %13 {loc = "cell.py:4"} : f32
        %16 = math.tanh %15 {loc = "cell.py:4"} : f32
        scf.yield %16 : f32
      } {loc = "cell.py:4"}
      jic.yield %11 : f32
    }) {jic.shape = ["h.0", "h.1"], loc = "cell.py:4"} : (index, index) -> tensor<?x?xf32>
    func.return %r : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @cell(%x_seq: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %T = jic.dim %x_seq[1] {loc = "cell.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "cell.py:4"} 0 : index
    %c1 = arith.constant {loc = "cell.py:4"} 1 : index
    %0 = jic.dim %x_seq[0] {loc = "cell.py:4"} : tensor<?x?x?xf32>
    %1 = jic.dim %h[0] {loc = "cell.py:4"} : tensor<?x?xf32>
    %2 = jic.broadcast_dim %0, %1 {msg = "cell.py:4: add: the sizes (x_seq.0, x_seq.2) and (h.0, h.1) cannot be broadcast", loc = "cell.py:4"}
    %3 = jic.dim %x_seq[2] {loc = "cell.py:4"} : tensor<?x?x?xf32>
    %4 = jic.dim %h[1] {loc = "cell.py:4"} : tensor<?x?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "cell.py:4: add: the sizes (x_seq.0, x_seq.2) and (h.0, h.1) cannot be broadcast", loc = "cell.py:4"}
    %6 = arith.cmpi eq, %1, %2 : index
    cf.assert %6, "cell.py:4: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x_seq.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "cell.py:4"}
    %7 = arith.cmpi eq, %4, %5 : index
    cf.assert %7, "cell.py:4: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(x_seq.2, h.1)); jic needs it to keep its shape" {jic.limitation, loc = "cell.py:4"}
    %r = "jic.kernel"(%1, %4) ({
    ^bb0(%8: index, %9: index):
      %10 = jic.load %h[%8, %9] {loc = "cell.py:4"} : tensor<?x?xf32> -> f32
      %11 = scf.for %12 = %c0 to %T step %c1 iter_args(%13 = %10) -> (f32) {
        %14 = jic.load %x_seq[%8, %12, %9] {loc = "cell.py:4"} : tensor<?x?x?xf32> -> f32
        %15 = arith.addf %14, %13 {loc = "cell.py:4"} : f32
        %16 = math.tanh %15 {loc = "cell.py:4"} : f32
        scf.yield %16 : f32
      } {loc = "cell.py:4"}
      jic.yield %11 : f32
    }) {jic.shape = ["h.0", "h.1"], loc = "cell.py:4"} : (index, index) -> tensor<?x?xf32>
    func.return %r : tensor<?x?xf32>
  }
}
