// PASS: lower-to-llvm{target=cpu}
// INPUT:
builtin.module attributes {gpu.container_module} {
  func.func @elman(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %W_ih: tensor<?x?xf32>, %W_hh: tensor<?x?xf32>, %b: tensor<?xf32>) -> tensor<?x?xf32> {
    %T = jic.dim %x[1] {loc = "elman.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "elman.py:4"} 0 : index
    %c1 = arith.constant {loc = "elman.py:4"} 1 : index
    %wi = jic.permute %W_ih {jic.shape = ["W_ih.1", "W_ih.0"], loc = "elman.py:4", perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %0 = jic.dim %x[2] {loc = "elman.py:4"} : tensor<?x?x?xf32>
    %1 = jic.dim %W_ih[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %2 = arith.cmpi eq, %0, %1 : index
    cf.assert %2, "elman.py:4: matmul: expected the lhs's last size (x.2) to equal the rhs's second-to-last size (W_ih.1)" {loc = "elman.py:4"}
    %3 = jic.matmul %x, %wi {jic.shape = ["x.0", "x.1", "W_ih.0"], loc = "elman.py:4"} : tensor<?x?x?xf32>, tensor<?x?xf32> -> tensor<?x?x?xf32>
    %wh = jic.permute %W_hh {jic.shape = ["W_hh.1", "W_hh.0"], loc = "elman.py:4", perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %4 = jic.dim %h[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %5 = jic.dim %W_hh[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %6 = arith.cmpi eq, %4, %5 : index
    cf.assert %6, "elman.py:4: matmul: expected the lhs's last size (h.1) to equal the rhs's second-to-last size (W_hh.1)" {loc = "elman.py:4"}
    %7 = jic.dim %x[0] {loc = "elman.py:4"} : tensor<?x?x?xf32>
    %8 = jic.dim %h[0] {loc = "elman.py:4"} : tensor<?x?xf32>
    %9 = jic.broadcast_dim %7, %8 {msg = "elman.py:4: add: the sizes (x.0, W_ih.0) and (h.0, W_hh.0) cannot be broadcast", loc = "elman.py:4"}
    %10 = jic.dim %W_ih[0] {loc = "elman.py:4"} : tensor<?x?xf32>
    %11 = jic.dim %W_hh[0] {loc = "elman.py:4"} : tensor<?x?xf32>
    %12 = jic.broadcast_dim %10, %11 {msg = "elman.py:4: add: the sizes (x.0, W_ih.0) and (h.0, W_hh.0) cannot be broadcast", loc = "elman.py:4"}
    %13 = jic.dim %b[0] {loc = "elman.py:4"} : tensor<?xf32>
    %14 = jic.broadcast_dim %12, %13 {msg = "elman.py:4: add: the sizes (bcast(x.0, h.0), bcast(W_ih.0, W_hh.0)) and (b.0) cannot be broadcast", loc = "elman.py:4"}
    %15 = arith.cmpi eq, %8, %9 : index
    cf.assert %15, "elman.py:4: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "elman.py:4"}
    %16 = arith.cmpi eq, %4, %14 : index
    cf.assert %16, "elman.py:4: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(bcast(W_ih.0, W_hh.0), b.0)); jic needs it to keep its shape" {jic.limitation, loc = "elman.py:4"}
    %17 = arith.constant {loc = "elman.py:4"} 8 : index
    %18 = arith.muli %4, %17 {loc = "elman.py:4"} : index
    %19 = arith.constant {loc = "elman.py:4"} 49152 : index
    %20 = arith.cmpi ule, %18, %19 : index
    %r = scf.if %20 -> (tensor<?x?xf32>) {
      %21 = jic.contiguous %wh {jic.shape = ["W_hh.1", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %22 = jic.launch @jic_kernels::@elman_k0 sizes(%8, %4) args(%h, %3, %b, %21, %T) {jic.block_rows = 1 : i64, jic.shared_per_unit = 8 : i64, loc = "elman.py:4"} : (tensor<?x?xf32>, tensor<?x?x?xf32>, tensor<?xf32>, tensor<?x?xf32>, index) -> tensor<?x?xf32>
      scf.yield %22 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
        %m = jic.matmul %hc, %wh {jic.shape = ["h.0", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %n = jic.launch @jic_kernels::@elman_k1 sizes(%9, %14) args(%3, %m, %b, %t) {loc = "elman.py:4"} : (tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?xf32>, index) -> tensor<?x?xf32>
        scf.yield %n : tensor<?x?xf32>
      } {jic.coupled = "coupled dim 1 (jic.matmul at elman.py:4)", jic.host_loop = "carried `hc` is coupled along dim 1 by the matmul at elman.py:4", loc = "elman.py:4"}
      scf.yield %r_1 : tensor<?x?xf32>
    }{jic.recurrent = "one block kernel (1 rows a block, its threads over the units, the state in shared memory) while units * 8 B <= 49152 B; else the loop steps on the host", loc = "elman.py:4"}
    func.return %r : tensor<?x?xf32>
  }
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    "gpu.func"() <{function_type = (memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index) -> (), kernel}> ({
    ^bb0(%0: memref<?x?xf32, strided<[?, ?], offset: ?>>, %1: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %2: memref<?xf32, strided<[?], offset: ?>>, %3: memref<?x?xf32, strided<[?, ?], offset: ?>>, %4: memref<?x?xf32, strided<[?, ?], offset: ?>>, %5: index, %6: index, %7: index):
      %c0 = arith.constant {loc = "elman.py:4"} 0 : index
      %c1 = arith.constant {loc = "elman.py:4"} 1 : index
      %8 = "gpu.block_id"() <{dimension = #gpu<dim x>}> {loc = "elman.py:4"} : () -> index
      %9 = "gpu.thread_id"() <{dimension = #gpu<dim x>}> {loc = "elman.py:4"} : () -> index
      %10 = "gpu.block_dim"() <{dimension = #gpu<dim x>}> {loc = "elman.py:4"} : () -> index
      %11 = jic.shared_memory {loc = "elman.py:4"} : memref<?xf32>
      %12 = arith.constant {loc = "elman.py:4"} 0 : index
      %13 = arith.constant {loc = "elman.py:4"} 1 : index
      %14 = arith.constant {loc = "elman.py:4"} 1 : index
      %15 = arith.muli %8, %14 {loc = "elman.py:4"} : index
      %16 = arith.subi %5, %13 {loc = "elman.py:4"} : index
      %17 = arith.constant {loc = "elman.py:4"} 0 : index
      %18 = arith.addi %15, %17 {loc = "elman.py:4"} : index
      %19 = arith.cmpi ult, %18, %16 : index
      %20 = arith.select %19, %18, %16 {loc = "elman.py:4"} : index
      %21 = arith.constant {loc = "elman.py:4"} 1 : index
      %22 = arith.muli %21, %6 {loc = "elman.py:4"} : index
      %23 = arith.constant {loc = "elman.py:4"} 0 : index
      %24 = arith.muli %23, %6 {loc = "elman.py:4"} : index
      scf.for %25 = %9 to %6 step %10 {
        %26 = memref.load %0[%20, %25] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
        %27 = arith.addi %24, %25 {loc = "elman.py:4"} : index
        memref.store %26, %11[%27] {loc = "elman.py:4"} : memref<?xf32>
      } {loc = "elman.py:4"}
      "gpu.barrier"() {loc = "elman.py:4"} : () -> ()
      %28 = scf.for %29 = %c0 to %7 step %c1 iter_args(%30 = %12) -> (index) {
        %31 = arith.constant {loc = "elman.py:4"} 1 : index
        %32 = arith.subi %31, %30 {loc = "elman.py:4"} : index
        %33 = arith.muli %30, %22 {loc = "elman.py:4"} : index
        %34 = arith.muli %32, %22 {loc = "elman.py:4"} : index
        %35 = arith.addi %33, %24 {loc = "elman.py:4"} : index
        %36 = arith.addi %34, %24 {loc = "elman.py:4"} : index
        scf.for %37 = %9 to %6 step %10 {
          %38 = arith.constant {loc = "elman.py:4"} 0.000000e+00 : f32
          %39 = memref.load %1[%20, %29, %37] {loc = "elman.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
          %40 = memref.load %2[%37] {loc = "elman.py:4"} : memref<?xf32, strided<[?], offset: ?>>
          %41 = scf.for %42 = %c0 to %6 step %c1 iter_args(%43 = %38) -> (f32) {
            %44 = memref.load %3[%42, %37] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
            %45 = arith.addi %35, %42 {loc = "elman.py:4"} : index
            %46 = memref.load %11[%45] {loc = "elman.py:4"} : memref<?xf32>
            %47 = arith.mulf %46, %44 {loc = "elman.py:4"} : f32
            %48 = arith.addf %43, %47 {loc = "elman.py:4"} : f32
            scf.yield %48 : f32
          } {jic.pipeline_depth = 16 : index, loc = "elman.py:4"}
          %49 = arith.addf %39, %41 {loc = "elman.py:4"} : f32
          %50 = arith.addf %49, %40 {loc = "elman.py:4"} : f32
          %51 = math.tanh %50 {loc = "elman.py:4"} : f32
          %52 = arith.addi %36, %37 {loc = "elman.py:4"} : index
          memref.store %51, %11[%52] {loc = "elman.py:4"} : memref<?xf32>
        } {loc = "elman.py:4"}
        "gpu.barrier"() {loc = "elman.py:4"} : () -> ()
        scf.yield %32 : index
      } {loc = "elman.py:4"}
      scf.for %53 = %9 to %6 step %10 {
        %54 = arith.muli %28, %22 {loc = "elman.py:4"} : index
        %55 = arith.constant {loc = "elman.py:4"} 0 : index
        %56 = arith.addi %15, %55 {loc = "elman.py:4"} : index
        %57 = arith.cmpi ult, %56, %5 : index
        scf.if %57 {
          %58 = arith.addi %54, %24 {loc = "elman.py:4"} : index
          %59 = arith.addi %58, %53 {loc = "elman.py:4"} : index
          %60 = memref.load %11[%59] {loc = "elman.py:4"} : memref<?xf32>
          memref.store %60, %4[%56, %53] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
        }{loc = "elman.py:4"}
      } {loc = "elman.py:4"}
      "gpu.return"() : () -> ()
    }) {sym_name = "elman_k0", jic.block_kernel = 1 : i64} : () -> ()
    "gpu.func"() <{function_type = (memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index) -> (), kernel}> ({
    ^bb0(%0: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %1: memref<?x?xf32, strided<[?, ?], offset: ?>>, %2: memref<?xf32, strided<[?], offset: ?>>, %3: memref<?x?xf32, strided<[?, ?], offset: ?>>, %4: index, %5: index, %6: index):
      %7 = "gpu.global_id"() <{dimension = #gpu<dim x>}> {loc = "elman.py:4"} : () -> index
      %8 = arith.muli %4, %5 {loc = "elman.py:4"} : index
      %9 = arith.cmpi ult, %7, %8 : index
      scf.if %9 {
        %10 = arith.remui %7, %5 {loc = "elman.py:4"} : index
        %11 = arith.divui %7, %5 {loc = "elman.py:4"} : index
        %12 = memref.load %0[%11, %6, %10] {loc = "elman.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
        %13 = memref.load %1[%11, %10] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
        %14 = arith.addf %12, %13 {loc = "elman.py:4"} : f32
        %15 = memref.load %2[%10] {loc = "elman.py:4"} : memref<?xf32, strided<[?], offset: ?>>
        %16 = arith.addf %14, %15 {loc = "elman.py:4"} : f32
        %17 = math.tanh %16 {loc = "elman.py:4"} : f32
        memref.store %17, %3[%11, %10] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
      }{loc = "elman.py:4"}
      "gpu.return"() : () -> ()
    }) {sym_name = "elman_k1"} : () -> ()
  }) : () -> ()
}
// OUTPUT:
builtin.module attributes {gpu.container_module} {
  func.func @elman(%x: tensor<?x?x?xf32>, %h: tensor<?x?xf32>, %W_ih: tensor<?x?xf32>, %W_hh: tensor<?x?xf32>, %b: tensor<?xf32>) -> tensor<?x?xf32> {
    %T = jic.dim %x[1] {loc = "elman.py:3"} : tensor<?x?x?xf32>
    %c0 = arith.constant {loc = "elman.py:4"} 0 : index
    %c1 = arith.constant {loc = "elman.py:4"} 1 : index
    %wi = jic.permute %W_ih {jic.shape = ["W_ih.1", "W_ih.0"], loc = "elman.py:4", perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %0 = jic.dim %x[2] {loc = "elman.py:4"} : tensor<?x?x?xf32>
    %1 = jic.dim %W_ih[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %2 = arith.cmpi eq, %0, %1 : index
    cf.assert %2, "elman.py:4: matmul: expected the lhs's last size (x.2) to equal the rhs's second-to-last size (W_ih.1)" {loc = "elman.py:4"}
    %3 = jic.matmul %x, %wi {jic.shape = ["x.0", "x.1", "W_ih.0"], loc = "elman.py:4"} : tensor<?x?x?xf32>, tensor<?x?xf32> -> tensor<?x?x?xf32>
    %wh = jic.permute %W_hh {jic.shape = ["W_hh.1", "W_hh.0"], loc = "elman.py:4", perm = [1 : i64, 0 : i64]} : tensor<?x?xf32> -> tensor<?x?xf32>
    %4 = jic.dim %h[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %5 = jic.dim %W_hh[1] {loc = "elman.py:4"} : tensor<?x?xf32>
    %6 = arith.cmpi eq, %4, %5 : index
    cf.assert %6, "elman.py:4: matmul: expected the lhs's last size (h.1) to equal the rhs's second-to-last size (W_hh.1)" {loc = "elman.py:4"}
    %7 = jic.dim %x[0] {loc = "elman.py:4"} : tensor<?x?x?xf32>
    %8 = jic.dim %h[0] {loc = "elman.py:4"} : tensor<?x?xf32>
    %9 = jic.broadcast_dim %7, %8 {msg = "elman.py:4: add: the sizes (x.0, W_ih.0) and (h.0, W_hh.0) cannot be broadcast", loc = "elman.py:4"}
    %10 = jic.dim %W_ih[0] {loc = "elman.py:4"} : tensor<?x?xf32>
    %11 = jic.dim %W_hh[0] {loc = "elman.py:4"} : tensor<?x?xf32>
    %12 = jic.broadcast_dim %10, %11 {msg = "elman.py:4: add: the sizes (x.0, W_ih.0) and (h.0, W_hh.0) cannot be broadcast", loc = "elman.py:4"}
    %13 = jic.dim %b[0] {loc = "elman.py:4"} : tensor<?xf32>
    %14 = jic.broadcast_dim %12, %13 {msg = "elman.py:4: add: the sizes (bcast(x.0, h.0), bcast(W_ih.0, W_hh.0)) and (b.0) cannot be broadcast", loc = "elman.py:4"}
    %15 = arith.cmpi eq, %8, %9 : index
    cf.assert %15, "elman.py:4: a loop-carried tensor would change its size inside the loop (from h.0 to bcast(x.0, h.0)); jic needs it to keep its shape" {jic.limitation, loc = "elman.py:4"}
    %16 = arith.cmpi eq, %4, %14 : index
    cf.assert %16, "elman.py:4: a loop-carried tensor would change its size inside the loop (from h.1 to bcast(bcast(W_ih.0, W_hh.0), b.0)); jic needs it to keep its shape" {jic.limitation, loc = "elman.py:4"}
    %17 = arith.constant {loc = "elman.py:4"} 8 : index
    %18 = arith.muli %4, %17 {loc = "elman.py:4"} : index
    %19 = arith.constant {loc = "elman.py:4"} 49152 : index
    %20 = arith.cmpi ule, %18, %19 : index
    %r = scf.if %20 -> (tensor<?x?xf32>) {
      %21 = jic.contiguous %wh {jic.shape = ["W_hh.1", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %22 = jic.launch @jic_kernels::@elman_k0 sizes(%8, %4) args(%h, %3, %b, %21, %T) {jic.block_rows = 1 : i64, jic.shared_per_unit = 8 : i64, loc = "elman.py:4"} : (tensor<?x?xf32>, tensor<?x?x?xf32>, tensor<?xf32>, tensor<?x?xf32>, index) -> tensor<?x?xf32>
      scf.yield %22 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
        %m = jic.matmul %hc, %wh {jic.shape = ["h.0", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %n = jic.launch @jic_kernels::@elman_k1 sizes(%9, %14) args(%3, %m, %b, %t) {loc = "elman.py:4"} : (tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?xf32>, index) -> tensor<?x?xf32>
        scf.yield %n : tensor<?x?xf32>
      } {jic.coupled = "coupled dim 1 (jic.matmul at elman.py:4)", jic.host_loop = "carried `hc` is coupled along dim 1 by the matmul at elman.py:4", loc = "elman.py:4"}
      scf.yield %r_1 : tensor<?x?xf32>
    }{jic.recurrent = "one block kernel (1 rows a block, its threads over the units, the state in shared memory) while units * 8 B <= 49152 B; else the loop steps on the host", loc = "elman.py:4"}
    func.return %r : tensor<?x?xf32>
  }
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    llvm.func @tanhf(f32) -> f32
    llvm.func @elman_k0(%0: !llvm.ptr, %1: i64, %2: i64, %3: !llvm.ptr, %4: i64, %5: i64, %6: i64, %7: !llvm.ptr, %8: i64, %9: !llvm.ptr, %10: i64, %11: i64, %12: !llvm.ptr, %13: i64, %14: i64, %15: i64, %16: i64, %17: i64, %18: !llvm.ptr, %19: i64, %20: i64, %21: !llvm.ptr) attributes {jic.kernel = "elman_k0"} {
      %22 = llvm.mlir.constant(0) : i64
      llvm.br ^bb1(%22 : i64)
    ^bb1(%23: i64):
      %24 = llvm.icmp "slt" %23, %20 {loc = "elman.py:4"} : i64
      llvm.cond_br %24, ^bb2, ^bb3
    ^bb2:
      %25 = llvm.mlir.constant(0) : i64
      %26 = llvm.mlir.constant(1) : i64
      %27 = llvm.mlir.constant(0) : i64
      %28 = llvm.mlir.constant(1) : i64
      %29 = llvm.mlir.constant(1) : i64
      %30 = llvm.mlir.constant(0) : i64
      %31 = llvm.mlir.constant(1) : i64
      %32 = llvm.mlir.constant(1) : i64
      %33 = llvm.mul %23, %32 {loc = "elman.py:4"} : i64
      %34 = llvm.sub %15, %31 {loc = "elman.py:4"} : i64
      %35 = llvm.mlir.constant(0) : i64
      %36 = llvm.add %33, %35 {loc = "elman.py:4"} : i64
      %37 = llvm.icmp "ult" %36, %34 {loc = "elman.py:4"} : i64
      %38 = llvm.select %37, %36, %34 {loc = "elman.py:4"} : i1, i64
      %39 = llvm.mlir.constant(1) : i64
      %40 = llvm.mul %39, %16 {loc = "elman.py:4"} : i64
      %41 = llvm.mlir.constant(0) : i64
      %42 = llvm.mul %41, %16 {loc = "elman.py:4"} : i64
      llvm.br ^bb4(%25 : i64)
    ^bb3:
      llvm.return
    ^bb4(%43: i64):
      %44 = llvm.icmp "slt" %43, %19 {loc = "elman.py:4"} : i64
      llvm.cond_br %44, ^bb5, ^bb6
    ^bb5:
      llvm.br ^bb7(%43 : i64)
    ^bb6:
      llvm.br ^bb10(%27, %30 : i64, i64)
    ^bb7(%45: i64):
      %46 = llvm.icmp "slt" %45, %16 {loc = "elman.py:4"} : i64
      llvm.cond_br %46, ^bb8, ^bb9
    ^bb8:
      %47 = llvm.mul %38, %1 {loc = "elman.py:4"} : i64
      %48 = llvm.mul %45, %2 {loc = "elman.py:4"} : i64
      %49 = llvm.add %47, %48 {loc = "elman.py:4"} : i64
      %50 = llvm.getelementptr %0[%49] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %51 = llvm.load %50 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %52 = llvm.add %42, %45 {loc = "elman.py:4"} : i64
      %53 = llvm.mul %52, %29 {loc = "elman.py:4"} : i64
      %54 = llvm.getelementptr %18[%53] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %51, %54 {loc = "elman.py:4"} : f32, !llvm.ptr
      %55 = llvm.add %45, %19 {loc = "elman.py:4"} : i64
      llvm.br ^bb7(%55 : i64)
    ^bb9:
      %56 = llvm.add %43, %26 {loc = "elman.py:4"} : i64
      llvm.br ^bb4(%56 : i64)
    ^bb10(%57: i64, %58: i64):
      %59 = llvm.icmp "slt" %57, %17 {loc = "elman.py:4"} : i64
      llvm.cond_br %59, ^bb11, ^bb12(%58 : i64)
    ^bb11:
      %60 = llvm.mlir.constant(1) : i64
      %61 = llvm.sub %60, %58 {loc = "elman.py:4"} : i64
      %62 = llvm.mul %58, %40 {loc = "elman.py:4"} : i64
      %63 = llvm.mul %61, %40 {loc = "elman.py:4"} : i64
      %64 = llvm.add %62, %42 {loc = "elman.py:4"} : i64
      %65 = llvm.add %63, %42 {loc = "elman.py:4"} : i64
      llvm.br ^bb13(%25 : i64)
    ^bb12(%66: i64):
      llvm.br ^bb22(%25 : i64)
    ^bb13(%67: i64):
      %68 = llvm.icmp "slt" %67, %19 {loc = "elman.py:4"} : i64
      llvm.cond_br %68, ^bb14, ^bb15
    ^bb14:
      llvm.br ^bb16(%67 : i64)
    ^bb15:
      %69 = llvm.add %57, %28 {loc = "elman.py:4"} : i64
      llvm.br ^bb10(%69, %61 : i64, i64)
    ^bb16(%70: i64):
      %71 = llvm.icmp "slt" %70, %16 {loc = "elman.py:4"} : i64
      llvm.cond_br %71, ^bb17, ^bb18
    ^bb17:
      %72 = llvm.mlir.constant(0.000000e+00 : f32) : f32
      %73 = llvm.mul %38, %4 {loc = "elman.py:4"} : i64
      %74 = llvm.mul %57, %5 {loc = "elman.py:4"} : i64
      %75 = llvm.add %73, %74 {loc = "elman.py:4"} : i64
      %76 = llvm.mul %70, %6 {loc = "elman.py:4"} : i64
      %77 = llvm.add %75, %76 {loc = "elman.py:4"} : i64
      %78 = llvm.getelementptr %3[%77] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %79 = llvm.load %78 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %80 = llvm.mul %70, %8 {loc = "elman.py:4"} : i64
      %81 = llvm.getelementptr %7[%80] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %82 = llvm.load %81 {loc = "elman.py:4"} : !llvm.ptr -> f32
      llvm.br ^bb19(%27, %72 : i64, f32)
    ^bb18:
      %83 = llvm.add %67, %26 {loc = "elman.py:4"} : i64
      llvm.br ^bb13(%83 : i64)
    ^bb19(%84: i64, %85: f32):
      %86 = llvm.icmp "slt" %84, %16 {loc = "elman.py:4"} : i64
      llvm.cond_br %86, ^bb20, ^bb21(%85 : f32)
    ^bb20:
      %87 = llvm.mul %84, %10 {loc = "elman.py:4"} : i64
      %88 = llvm.mul %70, %11 {loc = "elman.py:4"} : i64
      %89 = llvm.add %87, %88 {loc = "elman.py:4"} : i64
      %90 = llvm.getelementptr %9[%89] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %91 = llvm.load %90 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %92 = llvm.add %64, %84 {loc = "elman.py:4"} : i64
      %93 = llvm.mul %92, %29 {loc = "elman.py:4"} : i64
      %94 = llvm.getelementptr %18[%93] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %95 = llvm.load %94 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %96 = llvm.fmul %95, %91 {loc = "elman.py:4"} : f32
      %97 = llvm.fadd %85, %96 {loc = "elman.py:4"} : f32
      %98 = llvm.add %84, %28 {loc = "elman.py:4"} : i64
      llvm.br ^bb19(%98, %97 : i64, f32)
    ^bb21(%99: f32):
      %100 = llvm.fadd %79, %99 {loc = "elman.py:4"} : f32
      %101 = llvm.fadd %100, %82 {loc = "elman.py:4"} : f32
      %102 = llvm.call @tanhf(%101) {loc = "elman.py:4"} : (f32) -> f32
      %103 = llvm.add %65, %70 {loc = "elman.py:4"} : i64
      %104 = llvm.mul %103, %29 {loc = "elman.py:4"} : i64
      %105 = llvm.getelementptr %18[%104] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %102, %105 {loc = "elman.py:4"} : f32, !llvm.ptr
      %106 = llvm.add %70, %19 {loc = "elman.py:4"} : i64
      llvm.br ^bb16(%106 : i64)
    ^bb22(%107: i64):
      %108 = llvm.icmp "slt" %107, %19 {loc = "elman.py:4"} : i64
      llvm.cond_br %108, ^bb23, ^bb24
    ^bb23:
      llvm.br ^bb25(%107 : i64)
    ^bb24:
      %109 = llvm.mlir.constant(1) : i64
      %110 = llvm.add %23, %109 {loc = "elman.py:4"} : i64
      llvm.br ^bb1(%110 : i64)
    ^bb25(%111: i64):
      %112 = llvm.icmp "slt" %111, %16 {loc = "elman.py:4"} : i64
      llvm.cond_br %112, ^bb26, ^bb27
    ^bb26:
      %113 = llvm.mul %66, %40 {loc = "elman.py:4"} : i64
      %114 = llvm.mlir.constant(0) : i64
      %115 = llvm.add %33, %114 {loc = "elman.py:4"} : i64
      %116 = llvm.icmp "ult" %115, %15 {loc = "elman.py:4"} : i64
      llvm.cond_br %116, ^bb28, ^bb29
    ^bb27:
      %117 = llvm.add %107, %26 {loc = "elman.py:4"} : i64
      llvm.br ^bb22(%117 : i64)
    ^bb28:
      %118 = llvm.add %113, %42 {loc = "elman.py:4"} : i64
      %119 = llvm.add %118, %111 {loc = "elman.py:4"} : i64
      %120 = llvm.mul %119, %29 {loc = "elman.py:4"} : i64
      %121 = llvm.getelementptr %18[%120] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %122 = llvm.load %121 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %123 = llvm.mul %115, %13 {loc = "elman.py:4"} : i64
      %124 = llvm.mul %111, %14 {loc = "elman.py:4"} : i64
      %125 = llvm.add %123, %124 {loc = "elman.py:4"} : i64
      %126 = llvm.getelementptr %12[%125] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %122, %126 {loc = "elman.py:4"} : f32, !llvm.ptr
      llvm.br ^bb30
    ^bb29:
      llvm.br ^bb30
    ^bb30:
      %127 = llvm.add %111, %19 {loc = "elman.py:4"} : i64
      llvm.br ^bb25(%127 : i64)
    }
    llvm.func @elman_k1(%128: !llvm.ptr, %129: i64, %130: i64, %131: i64, %132: !llvm.ptr, %133: i64, %134: i64, %135: !llvm.ptr, %136: i64, %137: !llvm.ptr, %138: i64, %139: i64, %140: i64, %141: i64, %142: i64, %143: i64, %144: !llvm.ptr) attributes {jic.kernel = "elman_k1"} {
      %145 = llvm.mlir.constant(0) : i64
      llvm.br ^bb1(%145 : i64)
    ^bb1(%146: i64):
      %147 = llvm.icmp "slt" %146, %143 {loc = "elman.py:4"} : i64
      llvm.cond_br %147, ^bb2, ^bb3
    ^bb2:
      %148 = llvm.mul %140, %141 {loc = "elman.py:4"} : i64
      %149 = llvm.icmp "ult" %146, %148 {loc = "elman.py:4"} : i64
      llvm.cond_br %149, ^bb4, ^bb5
    ^bb3:
      llvm.return
    ^bb4:
      %150 = llvm.urem %146, %141 {loc = "elman.py:4"} : i64
      %151 = llvm.udiv %146, %141 {loc = "elman.py:4"} : i64
      %152 = llvm.mul %151, %129 {loc = "elman.py:4"} : i64
      %153 = llvm.mul %142, %130 {loc = "elman.py:4"} : i64
      %154 = llvm.add %152, %153 {loc = "elman.py:4"} : i64
      %155 = llvm.mul %150, %131 {loc = "elman.py:4"} : i64
      %156 = llvm.add %154, %155 {loc = "elman.py:4"} : i64
      %157 = llvm.getelementptr %128[%156] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %158 = llvm.load %157 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %159 = llvm.mul %151, %133 {loc = "elman.py:4"} : i64
      %160 = llvm.mul %150, %134 {loc = "elman.py:4"} : i64
      %161 = llvm.add %159, %160 {loc = "elman.py:4"} : i64
      %162 = llvm.getelementptr %132[%161] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %163 = llvm.load %162 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %164 = llvm.fadd %158, %163 {loc = "elman.py:4"} : f32
      %165 = llvm.mul %150, %136 {loc = "elman.py:4"} : i64
      %166 = llvm.getelementptr %135[%165] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %167 = llvm.load %166 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %168 = llvm.fadd %164, %167 {loc = "elman.py:4"} : f32
      %169 = llvm.call @tanhf(%168) {loc = "elman.py:4"} : (f32) -> f32
      %170 = llvm.mul %151, %138 {loc = "elman.py:4"} : i64
      %171 = llvm.mul %150, %139 {loc = "elman.py:4"} : i64
      %172 = llvm.add %170, %171 {loc = "elman.py:4"} : i64
      %173 = llvm.getelementptr %137[%172] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %169, %173 {loc = "elman.py:4"} : f32, !llvm.ptr
      llvm.br ^bb6
    ^bb5:
      llvm.br ^bb6
    ^bb6:
      %174 = llvm.mlir.constant(1) : i64
      %175 = llvm.add %146, %174 {loc = "elman.py:4"} : i64
      llvm.br ^bb1(%175 : i64)
    }
  }) {jic.target = "cpu"} : () -> ()
}
