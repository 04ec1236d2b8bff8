// PASS: hoist-step-matmuls
// INPUT:
builtin.module {
  func.func @elman(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %W_ih: tensor<?x?xf32>, %W_hh: tensor<?x?xf32>, %b: tensor<?xf32>) -> tensor<?x?xf32> {
    %T = jic.dim %x[1] {loc = "elman.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %r = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
      %xt = jic.select %x[1 = %t] {loc = "elman.py:4"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %wi = jic.permute %W_ih {loc = "elman.py:4", perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
      %a = jic.matmul %xt, %wi {loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %wh = jic.permute %W_hh {loc = "elman.py:4", perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
      %m = jic.matmul %hc, %wh {loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %s = jic.add %a, %m {loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %sb = jic.add %s, %b {loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?xf32> -> tensor<?x?xf32>
      %n = jic.tanh %sb {loc = "elman.py:4"} : tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %n : tensor<?x?xf32>
    }
    func.return %r : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @elman(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %W_ih: tensor<?x?xf32>, %W_hh: tensor<?x?xf32>, %b: tensor<?xf32>) -> tensor<?x?xf32> {
    %T = jic.dim %x[1] {loc = "elman.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "elman.py:4"} 0 : index
    %c1 = arith.constant {loc = "elman.py:4"} 1 : index
    %wi = jic.permute %W_ih {loc = "elman.py:4", perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %0 = jic.matmul %x, %wi {loc = "elman.py:4"} : tensor<?x?x?xf32>, tensor<?x?xf32> -> tensor<?x?x?xf32>
    %wh = jic.permute %W_hh {loc = "elman.py:4", perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %r = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
      %a = jic.select %0[1 = %t] {loc = "elman.py:4"} : tensor<?x?x?xf32> -> tensor<?x?xf32>
      %m = jic.matmul %hc, %wh {loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %s = jic.add %a, %m {loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %sb = jic.add %s, %b {loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?xf32> -> tensor<?x?xf32>
      %n = jic.tanh %sb {loc = "elman.py:4"} : tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %n : tensor<?x?xf32>
    } {loc = "elman.py:4"}
    func.return %r : tensor<?x?xf32>
  }
}
