// PASS: sink-control-flow-into-kernels
// INPUT:
builtin.module {
  func.func @heat(%u: tensor<?x?xf32>, %k: f64, %n: index) -> tensor<?x?xf32> {
    %c0 = arith.constant {loc = "heat.py:3"} 0 : index
    %c1 = arith.constant {loc = "heat.py:3"} 1 : index
    %r = scf.for %t = %c0 to %n step %c1 iter_args(%uc = %u) -> (tensor<?x?xf32>) {
      %left = jic.roll %uc {loc = "heat.py:3", jic.shape = ["u.0", "u.1"], shifts = [1 : i64], dims = [1 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
      %c2 = arith.constant {loc = "heat.py:3"} 2 : index
      %u2 = jic.mul %c2, %uc {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : index, tensor<?x?xf32> -> tensor<?x?xf32>
      %d = jic.sub %left, %u2 {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %right = jic.roll %uc {loc = "heat.py:3", jic.shape = ["u.0", "u.1"], shifts = [-1 : i64], dims = [1 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
      %lap = jic.add %d, %right {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %kl = jic.mul %k, %lap {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : f64, tensor<?x?xf32> -> tensor<?x?xf32>
      %new = jic.add %uc, %kl {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %new : tensor<?x?xf32>
    } {loc = "heat.py:3", jic.coupled = "coupled dim 1 (jic.roll at heat.py:3)", jic.host_loop = "carried `uc` is coupled along dim 1 by the roll at heat.py:3"}
    func.return %r : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @heat(%u: tensor<?x?xf32>, %k: f64, %n: index) -> tensor<?x?xf32> {
    %c0 = arith.constant {loc = "heat.py:3"} 0 : index
    %c1 = arith.constant {loc = "heat.py:3"} 1 : index
    %r = scf.for %t = %c0 to %n step %c1 iter_args(%uc = %u) -> (tensor<?x?xf32>) {
      %left = jic.roll %uc {loc = "heat.py:3", jic.shape = ["u.0", "u.1"], shifts = [1 : i64], dims = [1 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
      %c2 = arith.constant {loc = "heat.py:3"} 2 : index
      %u2 = jic.mul %c2, %uc {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : index, tensor<?x?xf32> -> tensor<?x?xf32>
      %d = jic.sub %left, %u2 {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %right = jic.roll %uc {loc = "heat.py:3", jic.shape = ["u.0", "u.1"], shifts = [-1 : i64], dims = [1 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
      %lap = jic.add %d, %right {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      %kl = jic.mul %k, %lap {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : f64, tensor<?x?xf32> -> tensor<?x?xf32>
      %new = jic.add %uc, %kl {loc = "heat.py:3", jic.shape = ["u.0", "u.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
      scf.yield %new : tensor<?x?xf32>
    } {loc = "heat.py:3", jic.coupled = "coupled dim 1 (jic.roll at heat.py:3)", jic.host_loop = "carried `uc` is coupled along dim 1 by the roll at heat.py:3"}
    func.return %r : tensor<?x?xf32>
  }
}
