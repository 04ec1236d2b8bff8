// PASS: lower-to-llvm{target=cpu}
// INPUT:
builtin.module attributes {gpu.container_module} {
  func.func @ema(%x: tensor<?x?x?xf32>, %s: tensor<?x?xf32>, %alpha: f64) -> (tensor<?x?xf32>, tensor<?x?xf32>) {
    %T = jic.dim %x[1] {loc = "ema.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "ema.py:5"} 0 : index
    %c1 = arith.constant {loc = "ema.py:5"} 1 : index
    %one = arith.constant {loc = "ema.py:4"} 1.000000e+00 : f64
    %om = arith.subf %one, %alpha {loc = "ema.py:4"} : f64
    %0 = jic.dim %x[0] {loc = "ema.py:4"} : tensor<?x?x?xf32>
    %1 = jic.dim %s[0] {loc = "ema.py:4"} : tensor<?x?xf32>
    %2 = jic.broadcast_dim %0, %1 {msg = "ema.py:4: add: the sizes (x.0, x.2) and (s.0, s.1) cannot be broadcast", loc = "ema.py:4"}
    %3 = jic.dim %x[2] {loc = "ema.py:4"} : tensor<?x?x?xf32>
    %4 = jic.dim %s[1] {loc = "ema.py:4"} : tensor<?x?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "ema.py:4: add: the sizes (x.0, x.2) and (s.0, s.1) cannot be broadcast", loc = "ema.py:4"}
    %6 = arith.cmpi eq, %1, %2 : index
    cf.assert %6, "ema.py:4: a loop-carried tensor would change its size inside the loop (from s.0 to bcast(x.0, s.0)); jic needs it to keep its shape" {jic.limitation, loc = "ema.py:4"}
    %7 = arith.cmpi eq, %4, %5 : index
    cf.assert %7, "ema.py:4: a loop-carried tensor would change its size inside the loop (from s.1 to bcast(x.2, s.1)); jic needs it to keep its shape" {jic.limitation, loc = "ema.py:4"}
    %two = arith.constant {loc = "ema.py:5"} 2.000000e+00 : f64
    %r, %d = jic.launch @jic_kernels::@ema_k0 sizes(%1, %4) args(%s, %x, %T, %alpha, %om) {loc = "ema.py:4"} : (tensor<?x?xf32>, tensor<?x?x?xf32>, index, f64, f64) -> (tensor<?x?xf32>, tensor<?x?xf32>)
    func.return %r, %d : tensor<?x?xf32>, tensor<?x?xf32>
  }
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    "gpu.func"() <{function_type = (memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index, f64, f64) -> (), kernel}> ({
    ^bb0(%0: memref<?x?xf32, strided<[?, ?], offset: ?>>, %1: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %2: memref<?x?xf32, strided<[?, ?], offset: ?>>, %3: memref<?x?xf32, strided<[?, ?], offset: ?>>, %4: index, %5: index, %6: index, %7: f64, %8: f64):
      %c0 = arith.constant {loc = "ema.py:5"} 0 : index
      %c1 = arith.constant {loc = "ema.py:5"} 1 : index
      %two = arith.constant {loc = "ema.py:5"} 2.000000e+00 : f64
      %9 = "gpu.global_id"() <{dimension = #gpu<dim x>}> {loc = "ema.py:4"} : () -> index
      %10 = arith.muli %4, %5 {loc = "ema.py:4"} : index
      %11 = arith.cmpi ult, %9, %10 : index
      scf.if %11 {
        %12 = arith.remui %9, %5 {loc = "ema.py:4"} : index
        %13 = arith.divui %9, %5 {loc = "ema.py:4"} : index
        %14 = memref.load %0[%13, %12] {loc = "ema.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
        %15 = scf.for %16 = %c0 to %6 step %c1 iter_args(%17 = %14) -> (f32) {
          %18 = arith.truncf %7 {loc = "ema.py:4"} : f64 to f32
          %19 = memref.load %1[%13, %16, %12] {loc = "ema.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
          %20 = arith.mulf %18, %19 {loc = "ema.py:4"} : f32
          %21 = arith.truncf %8 {loc = "ema.py:4"} : f64 to f32
          %22 = arith.mulf %21, %17 {loc = "ema.py:4"} : f32
          %23 = arith.addf %20, %22 {loc = "ema.py:4"} : f32
          scf.yield %23 : f32
        } {loc = "ema.py:4"}
        %24 = arith.truncf %two {loc = "ema.py:5"} : f64 to f32
        %25 = arith.mulf %15, %24 {loc = "ema.py:5"} : f32
        memref.store %15, %2[%13, %12] {loc = "ema.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
        memref.store %25, %3[%13, %12] {loc = "ema.py:5"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
      }{loc = "ema.py:4"}
      "gpu.return"() : () -> ()
    }) {sym_name = "ema_k0"} : () -> ()
  }) : () -> ()
}
// OUTPUT:
builtin.module attributes {gpu.container_module} {
  func.func @ema(%x: tensor<?x?x?xf32>, %s: tensor<?x?xf32>, %alpha: f64) -> (tensor<?x?xf32>, tensor<?x?xf32>) {
    %T = jic.dim %x[1] {loc = "ema.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "ema.py:5"} 0 : index
    %c1 = arith.constant {loc = "ema.py:5"} 1 : index
    %one = arith.constant {loc = "ema.py:4"} 1.000000e+00 : f64
    %om = arith.subf %one, %alpha {loc = "ema.py:4"} : f64
    %0 = jic.dim %x[0] {loc = "ema.py:4"} : tensor<?x?x?xf32>
    %1 = jic.dim %s[0] {loc = "ema.py:4"} : tensor<?x?xf32>
    %2 = jic.broadcast_dim %0, %1 {msg = "ema.py:4: add: the sizes (x.0, x.2) and (s.0, s.1) cannot be broadcast", loc = "ema.py:4"}
    %3 = jic.dim %x[2] {loc = "ema.py:4"} : tensor<?x?x?xf32>
    %4 = jic.dim %s[1] {loc = "ema.py:4"} : tensor<?x?xf32>
    %5 = jic.broadcast_dim %3, %4 {msg = "ema.py:4: add: the sizes (x.0, x.2) and (s.0, s.1) cannot be broadcast", loc = "ema.py:4"}
    %6 = arith.cmpi eq, %1, %2 : index
    cf.assert %6, "ema.py:4: a loop-carried tensor would change its size inside the loop (from s.0 to bcast(x.0, s.0)); jic needs it to keep its shape" {jic.limitation, loc = "ema.py:4"}
    %7 = arith.cmpi eq, %4, %5 : index
    cf.assert %7, "ema.py:4: a loop-carried tensor would change its size inside the loop (from s.1 to bcast(x.2, s.1)); jic needs it to keep its shape" {jic.limitation, loc = "ema.py:4"}
    %two = arith.constant {loc = "ema.py:5"} 2.000000e+00 : f64
    %r, %d = jic.launch @jic_kernels::@ema_k0 sizes(%1, %4) args(%s, %x, %T, %alpha, %om) {loc = "ema.py:4"} : (tensor<?x?xf32>, tensor<?x?x?xf32>, index, f64, f64) -> (tensor<?x?xf32>, tensor<?x?xf32>)
    func.return %r, %d : tensor<?x?xf32>, tensor<?x?xf32>
  }
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    llvm.func @ema_k0(%0: !llvm.ptr, %1: i64, %2: i64, %3: !llvm.ptr, %4: i64, %5: i64, %6: i64, %7: !llvm.ptr, %8: i64, %9: i64, %10: !llvm.ptr, %11: i64, %12: i64, %13: i64, %14: i64, %15: i64, %16: f64, %17: f64, %18: i64, %19: !llvm.ptr) attributes {jic.kernel = "ema_k0"} {
      %20 = llvm.mlir.constant(0) : i64
      llvm.br ^bb1(%20 : i64)
    ^bb1(%21: i64):
      %22 = llvm.icmp "slt" %21, %18 {loc = "ema.py:5"} : i64
      llvm.cond_br %22, ^bb2, ^bb3
    ^bb2:
      %23 = llvm.mlir.constant(0) : i64
      %24 = llvm.mlir.constant(1) : i64
      %25 = llvm.mlir.constant(2.000000e+00 : f64) : f64
      %26 = llvm.mul %13, %14 {loc = "ema.py:4"} : i64
      %27 = llvm.icmp "ult" %21, %26 {loc = "ema.py:4"} : i64
      llvm.cond_br %27, ^bb4, ^bb5
    ^bb3:
      llvm.return
    ^bb4:
      %28 = llvm.urem %21, %14 {loc = "ema.py:4"} : i64
      %29 = llvm.udiv %21, %14 {loc = "ema.py:4"} : i64
      %30 = llvm.mul %29, %1 {loc = "ema.py:4"} : i64
      %31 = llvm.mul %28, %2 {loc = "ema.py:4"} : i64
      %32 = llvm.add %30, %31 {loc = "ema.py:4"} : i64
      %33 = llvm.getelementptr %0[%32] {loc = "ema.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %34 = llvm.load %33 {loc = "ema.py:4"} : !llvm.ptr -> f32
      llvm.br ^bb7(%23, %34 : i64, f32)
    ^bb5:
      llvm.br ^bb6
    ^bb6:
      %35 = llvm.mlir.constant(1) : i64
      %36 = llvm.add %21, %35 {loc = "ema.py:5"} : i64
      llvm.br ^bb1(%36 : i64)
    ^bb7(%37: i64, %38: f32):
      %39 = llvm.icmp "slt" %37, %15 {loc = "ema.py:4"} : i64
      llvm.cond_br %39, ^bb8, ^bb9(%38 : f32)
    ^bb8:
      %40 = llvm.fptrunc %16 {loc = "ema.py:4"} : f64 to f32
      %41 = llvm.mul %29, %4 {loc = "ema.py:4"} : i64
      %42 = llvm.mul %37, %5 {loc = "ema.py:4"} : i64
      %43 = llvm.add %41, %42 {loc = "ema.py:4"} : i64
      %44 = llvm.mul %28, %6 {loc = "ema.py:4"} : i64
      %45 = llvm.add %43, %44 {loc = "ema.py:4"} : i64
      %46 = llvm.getelementptr %3[%45] {loc = "ema.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %47 = llvm.load %46 {loc = "ema.py:4"} : !llvm.ptr -> f32
      %48 = llvm.fmul %40, %47 {loc = "ema.py:4"} : f32
      %49 = llvm.fptrunc %17 {loc = "ema.py:4"} : f64 to f32
      %50 = llvm.fmul %49, %38 {loc = "ema.py:4"} : f32
      %51 = llvm.fadd %48, %50 {loc = "ema.py:4"} : f32
      %52 = llvm.add %37, %24 {loc = "ema.py:4"} : i64
      llvm.br ^bb7(%52, %51 : i64, f32)
    ^bb9(%53: f32):
      %54 = llvm.fptrunc %25 {loc = "ema.py:5"} : f64 to f32
      %55 = llvm.fmul %53, %54 {loc = "ema.py:5"} : f32
      %56 = llvm.mul %29, %8 {loc = "ema.py:4"} : i64
      %57 = llvm.mul %28, %9 {loc = "ema.py:4"} : i64
      %58 = llvm.add %56, %57 {loc = "ema.py:4"} : i64
      %59 = llvm.getelementptr %7[%58] {loc = "ema.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %53, %59 {loc = "ema.py:4"} : f32, !llvm.ptr
      %60 = llvm.mul %29, %11 {loc = "ema.py:5"} : i64
      %61 = llvm.mul %28, %12 {loc = "ema.py:5"} : i64
      %62 = llvm.add %60, %61 {loc = "ema.py:5"} : i64
      %63 = llvm.getelementptr %10[%62] {loc = "ema.py:5"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %55, %63 {loc = "ema.py:5"} : f32, !llvm.ptr
      llvm.br ^bb6
    }
  }) {jic.target = "cpu"} : () -> ()
}
