// PASS: elementwise-to-kernels
// INPUT:
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
// OUTPUT:
builtin.module {
  func.func @chain(%x: tensor<?x?xf32>, %y: tensor<?xf32>) -> tensor<?x?xf32> {
    %0 = arith.constant {loc = "chain.py:2"} 2 : index
    %1 = jic.dim %x[1] {loc = "chain.py:2"} : tensor<?x?xf32>
    %2 = jic.dim %y[0] {loc = "chain.py:2"} : tensor<?xf32>
    %3 = jic.broadcast_dim %1, %2 {msg = "chain.py:2: add: the sizes (x.0, x.1) and (y.0) cannot be broadcast", loc = "chain.py:2"}
    %4 = jic.dim %x[0] {loc = "chain.py:2"} : tensor<?x?xf32>
    %5 = "jic.kernel"(%4, %3) ({
    ^bb0(%6: index, %7: index):
      %8 = jic.load %x[%6, %7] {loc = "chain.py:2"} : tensor<?x?xf32> -> f32
      %9 = math.tanh %8 {loc = "chain.py:2"} : f32
      %10 = arith.index_cast %0 {loc = "chain.py:2"} : index to i64
      %11 = arith.sitofp %10 {loc = "chain.py:2"} : i64 to f32
      %12 = arith.mulf %9, %11 {loc = "chain.py:2"} : f32
      %13 = jic.load %y[%7] {loc = "chain.py:2"} : tensor<?xf32> -> f32
      %14 = arith.addf %12, %13 {loc = "chain.py:2"} : f32
      jic.yield %14 : f32
    }) {loc = "chain.py:2"} : (index, index) -> tensor<?x?xf32>
    func.return %5 : tensor<?x?xf32>
  }
}
