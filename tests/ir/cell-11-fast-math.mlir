// PASS: fast-math{approx-tanh=true}
// INPUT:
builtin.module attributes {gpu.container_module} {
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
    %r = jic.launch @jic_kernels::@cell_k0 sizes(%1, %4) args(%h, %x_seq, %T) {loc = "cell.py:4"} : (tensor<?x?xf32>, tensor<?x?x?xf32>, index) -> tensor<?x?xf32>
    func.return %r : tensor<?x?xf32>
  }
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    llvm.func @__nv_tanhf(f32) -> f32
    llvm.func @cell_k0(%0: !llvm.ptr, %1: i64, %2: i64, %3: !llvm.ptr, %4: i64, %5: i64, %6: i64, %7: !llvm.ptr, %8: i64, %9: i64, %10: i64, %11: i64, %12: i64) attributes {jic.kernel = "cell_k0"} {
      %13 = llvm.mlir.constant(0) : i64
      %14 = llvm.mlir.constant(1) : i64
      %15 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.tid.x"() {loc = "cell.py:4"} : () -> i32
      %16 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.ctaid.x"() {loc = "cell.py:4"} : () -> i32
      %17 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.ntid.x"() {loc = "cell.py:4"} : () -> i32
      %18 = llvm.mul %16, %17 {loc = "cell.py:4"} : i32
      %19 = llvm.add %18, %15 {loc = "cell.py:4"} : i32
      %20 = llvm.zext %19 {loc = "cell.py:4"} : i32 to i64
      %21 = llvm.mul %10, %11 {loc = "cell.py:4"} : i64
      %22 = llvm.icmp "ult" %20, %21 {loc = "cell.py:4"} : i64
      llvm.cond_br %22, ^bb1, ^bb2
    ^bb1:
      %23 = llvm.urem %20, %11 {loc = "cell.py:4"} : i64
      %24 = llvm.udiv %20, %11 {loc = "cell.py:4"} : i64
      %25 = llvm.mul %24, %1 {loc = "cell.py:4"} : i64
      %26 = llvm.mul %23, %2 {loc = "cell.py:4"} : i64
      %27 = llvm.add %25, %26 {loc = "cell.py:4"} : i64
      %28 = llvm.getelementptr %0[%27] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %29 = llvm.load %28 {loc = "cell.py:4"} : !llvm.ptr -> f32
      llvm.br ^bb4(%13, %29 : i64, f32)
    ^bb2:
      llvm.br ^bb3
    ^bb3:
      llvm.return
    ^bb4(%30: i64, %31: f32):
      %32 = llvm.icmp "slt" %30, %12 {loc = "cell.py:4"} : i64
      llvm.cond_br %32, ^bb5, ^bb6(%31 : f32)
    ^bb5:
      %33 = llvm.mul %24, %4 {loc = "cell.py:4"} : i64
      %34 = llvm.mul %30, %5 {loc = "cell.py:4"} : i64
      %35 = llvm.add %33, %34 {loc = "cell.py:4"} : i64
      %36 = llvm.mul %23, %6 {loc = "cell.py:4"} : i64
      %37 = llvm.add %35, %36 {loc = "cell.py:4"} : i64
      %38 = llvm.getelementptr %3[%37] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %39 = llvm.load %38 {loc = "cell.py:4"} : !llvm.ptr -> f32
      %40 = llvm.fadd %39, %31 {loc = "cell.py:4"} : f32
      %41 = llvm.call @__nv_tanhf(%40) {loc = "cell.py:4"} : (f32) -> f32
      %42 = llvm.add %30, %14 {loc = "cell.py:4"} : i64
      llvm.br ^bb4(%42, %41 : i64, f32)
    ^bb6(%43: f32):
      %44 = llvm.mul %24, %8 {loc = "cell.py:4"} : i64
      %45 = llvm.mul %23, %9 {loc = "cell.py:4"} : i64
      %46 = llvm.add %44, %45 {loc = "cell.py:4"} : i64
      %47 = llvm.getelementptr %7[%46] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %43, %47 {loc = "cell.py:4"} : f32, !llvm.ptr
      llvm.br ^bb3
    }
  }) {jic.target = "nvptx"} : () -> ()
}
// OUTPUT:
builtin.module attributes {gpu.container_module} {
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
    %r = jic.launch @jic_kernels::@cell_k0 sizes(%1, %4) args(%h, %x_seq, %T) {loc = "cell.py:4"} : (tensor<?x?xf32>, tensor<?x?x?xf32>, index) -> tensor<?x?xf32>
    func.return %r : tensor<?x?xf32>
  }
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    llvm.func @cell_k0(%0: !llvm.ptr, %1: i64, %2: i64, %3: !llvm.ptr, %4: i64, %5: i64, %6: i64, %7: !llvm.ptr, %8: i64, %9: i64, %10: i64, %11: i64, %12: i64) attributes {jic.kernel = "cell_k0"} {
      %13 = llvm.mlir.constant(0) : i64
      %14 = llvm.mlir.constant(1) : i64
      %15 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.tid.x"() {loc = "cell.py:4"} : () -> i32
      %16 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.ctaid.x"() {loc = "cell.py:4"} : () -> i32
      %17 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.ntid.x"() {loc = "cell.py:4"} : () -> i32
      %18 = llvm.mul %16, %17 {loc = "cell.py:4"} : i32
      %19 = llvm.add %18, %15 {loc = "cell.py:4"} : i32
      %20 = llvm.zext %19 {loc = "cell.py:4"} : i32 to i64
      %21 = llvm.mul %10, %11 {loc = "cell.py:4"} : i64
      %22 = llvm.icmp "ult" %20, %21 {loc = "cell.py:4"} : i64
      llvm.cond_br %22, ^bb1, ^bb2
    ^bb1:
      %23 = llvm.urem %20, %11 {loc = "cell.py:4"} : i64
      %24 = llvm.udiv %20, %11 {loc = "cell.py:4"} : i64
      %25 = llvm.mul %24, %1 {loc = "cell.py:4"} : i64
      %26 = llvm.mul %23, %2 {loc = "cell.py:4"} : i64
      %27 = llvm.add %25, %26 {loc = "cell.py:4"} : i64
      %28 = llvm.getelementptr %0[%27] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %29 = llvm.load %28 {loc = "cell.py:4"} : !llvm.ptr -> f32
      llvm.br ^bb4(%13, %29 : i64, f32)
    ^bb2:
      llvm.br ^bb3
    ^bb3:
      llvm.return
    ^bb4(%30: i64, %31: f32):
      %32 = llvm.icmp "slt" %30, %12 {loc = "cell.py:4"} : i64
      llvm.cond_br %32, ^bb5, ^bb6(%31 : f32)
    ^bb5:
      %33 = llvm.mul %24, %4 {loc = "cell.py:4"} : i64
      %34 = llvm.mul %30, %5 {loc = "cell.py:4"} : i64
      %35 = llvm.add %33, %34 {loc = "cell.py:4"} : i64
      %36 = llvm.mul %23, %6 {loc = "cell.py:4"} : i64
      %37 = llvm.add %35, %36 {loc = "cell.py:4"} : i64
      %38 = llvm.getelementptr %3[%37] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %39 = llvm.load %38 {loc = "cell.py:4"} : !llvm.ptr -> f32
      %40 = llvm.fadd %39, %31 {loc = "cell.py:4"} : f32
      %41 = llvm.call_intrinsic "llvm.nvvm.tanh.approx.f32"(%40) {loc = "cell.py:4"} : (f32) -> f32
      %42 = llvm.add %30, %14 {loc = "cell.py:4"} : i64
      llvm.br ^bb4(%42, %41 : i64, f32)
    ^bb6(%43: f32):
      %44 = llvm.mul %24, %8 {loc = "cell.py:4"} : i64
      %45 = llvm.mul %23, %9 {loc = "cell.py:4"} : i64
      %46 = llvm.add %44, %45 {loc = "cell.py:4"} : i64
      %47 = llvm.getelementptr %7[%46] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %43, %47 {loc = "cell.py:4"} : f32, !llvm.ptr
      llvm.br ^bb3
    }
  }) {jic.target = "nvptx"} : () -> ()
}
