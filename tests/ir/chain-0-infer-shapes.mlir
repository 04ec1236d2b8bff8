// PASS: infer-shapes
// INPUT:
builtin.module {
  func.func @chain(%x: tensor<?x?xf32>, %y: tensor<?xf32>) -> tensor<?x?xf32> {
    %0 = jic.tanh %x {loc = "chain.py:2"} : tensor<?x?xf32> -> tensor<?x?xf32>
    %1 = arith.constant 2 : index
    %2 = jic.mul %0, %1 {loc = "chain.py:2"} : tensor<?x?xf32>, index -> tensor<?x?xf32>
    %3 = jic.add %2, %y {loc = "chain.py:2"} : tensor<?x?xf32>, tensor<?xf32> -> tensor<?x?xf32>
    func.return %3 : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @chain(%x: tensor<?x?xf32>, %y: tensor<?xf32>) -> tensor<?x?xf32> {
    %0 = jic.tanh %x {loc = "chain.py:2", jic.shape = ["x.0", "x.1"]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %1 = arith.constant {loc = "chain.py:2"} 2 : index
    %2 = jic.mul %0, %1 {loc = "chain.py:2", jic.shape = ["x.0", "x.1"]} : tensor<?x?xf32>, index -> tensor<?x?xf32>
    %3 = jic.dim %x[1] {loc = "chain.py:2"} : tensor<?x?xf32>
    %4 = jic.dim %y[0] {loc = "chain.py:2"} : tensor<?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "chain.py:2: add: the sizes (x.0, x.1) and (y.0) cannot be broadcast", loc = "chain.py:2"}
    %6 = jic.add %2, %y {loc = "chain.py:2", jic.shape = ["x.0", "bcast(x.1, y.0)"]} : tensor<?x?xf32>, tensor<?xf32> -> tensor<?x?xf32>
    func.return %6 : tensor<?x?xf32>
  }
}
