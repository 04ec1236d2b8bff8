// PASS: infer-shapes
// INPUT:
builtin.module {
  func.func @softmax(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %m = jic.reduce %x {loc = "softmax.py:2", kind = "max", dims = [1 : i64], keepdim = 1 : i64} : tensor<?x?xf32> -> tensor<?x?xf32>
    %d = jic.sub %x, %m {loc = "softmax.py:2"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
    %e = jic.exp %d {loc = "softmax.py:2"} : tensor<?x?xf32> -> tensor<?x?xf32>
    %s = jic.reduce %e {loc = "softmax.py:2", kind = "sum", dims = [1 : i64], keepdim = 1 : i64} : tensor<?x?xf32> -> tensor<?x?xf32>
    %y = jic.div %e, %s {loc = "softmax.py:2"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
    func.return %y : tensor<?x?xf32>
  }
}
// OUTPUT:
builtin.module {
  func.func @softmax(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
    %0 = arith.constant {loc = "softmax.py:2"} 0 : index
    %1 = jic.dim %x[1] {loc = "softmax.py:2"} : tensor<?x?xf32>
    %2 = arith.cmpi sgt, %1, %0 : index
    cf.assert %2, "softmax.py:2: max: expected reduction dim 1 to have non-zero size, got a tensor of size x.1 there" {loc = "softmax.py:2"}
    %m = jic.reduce %x {loc = "softmax.py:2", jic.shape = ["x.0", "1"], kind = "max", dims = [1 : i64], keepdim = 1 : i64} : tensor<?x?xf32> -> tensor<?x?xf32>
    %d = jic.sub %x, %m {loc = "softmax.py:2", jic.shape = ["x.0", "x.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
    %e = jic.exp %d {loc = "softmax.py:2", jic.shape = ["x.0", "x.1"]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %s = jic.reduce %e {loc = "softmax.py:2", jic.shape = ["x.0", "1"], kind = "sum", dims = [1 : i64], keepdim = 1 : i64} : tensor<?x?xf32> -> tensor<?x?xf32>
    %y = jic.div %e, %s {loc = "softmax.py:2", jic.shape = ["x.0", "x.1"]} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
    func.return %y : tensor<?x?xf32>
  }
}
