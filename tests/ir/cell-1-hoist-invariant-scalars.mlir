// PASS: hoist-invariant-scalars
// INPUT:
builtin.module {
  func.func @cell(%x_seq: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %T = jic.dim %x_seq[1] {loc = "cell.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "cell.py:4"} 0 : index
    %c1 = arith.constant {loc = "cell.py:4"} 1 : index
    %r = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
      %xt = jic.select %x_seq[1 = %t] {loc = "cell.py:4"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %s = jic.add %xt, %hc {loc = "cell.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %n = jic.tanh %s {loc = "cell.py:4"} : tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %n : tensor<?x?xf32>
    } {loc = "cell.py:4"}
    func.return %r : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @cell(%x_seq: tensor<?x?x?xf32>, %h: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %T = jic.dim %x_seq[1] {loc = "cell.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "cell.py:4"} 0 : index
    %c1 = arith.constant {loc = "cell.py:4"} 1 : index
    %r = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
      %xt = jic.select %x_seq[1 = %t] {loc = "cell.py:4"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %s = jic.add %xt, %hc {loc = "cell.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %n = jic.tanh %s {loc = "cell.py:4"} : tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %n : tensor<?x?xf32>
    } {loc = "cell.py:4"}
    func.return %r : tensor<?x?xf32>
  }
}
