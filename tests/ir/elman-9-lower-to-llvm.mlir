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
    llvm.func @elman_k0(%0: !llvm.ptr, %1: i64, %2: i64, %3: !llvm.ptr, %4: i64, %5: i64, %6: i64, %7: !llvm.ptr, %8: i64, %9: !llvm.ptr, %10: i64, %11: i64, %12: !llvm.ptr, %13: i64, %14: i64, %15: i64, %16: i64, %17: i64, %18: !llvm.ptr, %19: i64, %20: i64) attributes {jic.kernel = "elman_k0"} {
      %21 = llvm.mlir.constant(0) : i64
      llvm.br ^bb1(%21 : i64)
    ^bb1(%22: i64):
      %23 = llvm.icmp "slt" %22, %20 {loc = "elman.py:4"} : i64
      llvm.cond_br %23, ^bb2, ^bb3
    ^bb2:
      %24 = llvm.mlir.constant(0) : i64
      %25 = llvm.mlir.constant(1) : i64
      %26 = llvm.mlir.constant(0) : i64
      %27 = llvm.mlir.constant(1) : i64
      %28 = llvm.mlir.constant(1) : i64
      %29 = llvm.mlir.constant(0) : i64
      %30 = llvm.mlir.constant(1) : i64
      %31 = llvm.mlir.constant(1) : i64
      %32 = llvm.mul %22, %31 {loc = "elman.py:4"} : i64
      %33 = llvm.sub %15, %30 {loc = "elman.py:4"} : i64
      %34 = llvm.mlir.constant(0) : i64
      %35 = llvm.add %32, %34 {loc = "elman.py:4"} : i64
      %36 = llvm.icmp "ult" %35, %33 {loc = "elman.py:4"} : i64
      %37 = llvm.select %36, %35, %33 {loc = "elman.py:4"} : i1, i64
      %38 = llvm.mlir.constant(1) : i64
      %39 = llvm.mul %38, %16 {loc = "elman.py:4"} : i64
      %40 = llvm.mlir.constant(0) : i64
      %41 = llvm.mul %40, %16 {loc = "elman.py:4"} : i64
      llvm.br ^bb4(%24 : i64)
    ^bb3:
      llvm.return
    ^bb4(%42: i64):
      %43 = llvm.icmp "slt" %42, %19 {loc = "elman.py:4"} : i64
      llvm.cond_br %43, ^bb5, ^bb6
    ^bb5:
      llvm.br ^bb7(%42 : i64)
    ^bb6:
      llvm.br ^bb10(%26, %29 : i64, i64)
    ^bb7(%44: i64):
      %45 = llvm.icmp "slt" %44, %16 {loc = "elman.py:4"} : i64
      llvm.cond_br %45, ^bb8, ^bb9
    ^bb8:
      %46 = llvm.mul %37, %1 {loc = "elman.py:4"} : i64
      %47 = llvm.mul %44, %2 {loc = "elman.py:4"} : i64
      %48 = llvm.add %46, %47 {loc = "elman.py:4"} : i64
      %49 = llvm.getelementptr %0[%48] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %50 = llvm.load %49 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %51 = llvm.add %41, %44 {loc = "elman.py:4"} : i64
      %52 = llvm.mul %51, %28 {loc = "elman.py:4"} : i64
      %53 = llvm.getelementptr %18[%52] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %50, %53 {loc = "elman.py:4"} : f32, !llvm.ptr
      %54 = llvm.add %44, %19 {loc = "elman.py:4"} : i64
      llvm.br ^bb7(%54 : i64)
    ^bb9:
      %55 = llvm.add %42, %25 {loc = "elman.py:4"} : i64
      llvm.br ^bb4(%55 : i64)
    ^bb10(%56: i64, %57: i64):
      %58 = llvm.icmp "slt" %56, %17 {loc = "elman.py:4"} : i64
      llvm.cond_br %58, ^bb11, ^bb12(%57 : i64)
    ^bb11:
      %59 = llvm.mlir.constant(1) : i64
      %60 = llvm.sub %59, %57 {loc = "elman.py:4"} : i64
      %61 = llvm.mul %57, %39 {loc = "elman.py:4"} : i64
      %62 = llvm.mul %60, %39 {loc = "elman.py:4"} : i64
      %63 = llvm.add %61, %41 {loc = "elman.py:4"} : i64
      %64 = llvm.add %62, %41 {loc = "elman.py:4"} : i64
      llvm.br ^bb13(%24 : i64)
    ^bb12(%65: i64):
      llvm.br ^bb22(%24 : i64)
    ^bb13(%66: i64):
      %67 = llvm.icmp "slt" %66, %19 {loc = "elman.py:4"} : i64
      llvm.cond_br %67, ^bb14, ^bb15
    ^bb14:
      llvm.br ^bb16(%66 : i64)
    ^bb15:
      %68 = llvm.add %56, %27 {loc = "elman.py:4"} : i64
      llvm.br ^bb10(%68, %60 : i64, i64)
    ^bb16(%69: i64):
      %70 = llvm.icmp "slt" %69, %16 {loc = "elman.py:4"} : i64
      llvm.cond_br %70, ^bb17, ^bb18
    ^bb17:
      %71 = llvm.mlir.constant(0.000000e+00 : f32) : f32
      %72 = llvm.mul %37, %4 {loc = "elman.py:4"} : i64
      %73 = llvm.mul %56, %5 {loc = "elman.py:4"} : i64
      %74 = llvm.add %72, %73 {loc = "elman.py:4"} : i64
      %75 = llvm.mul %69, %6 {loc = "elman.py:4"} : i64
      %76 = llvm.add %74, %75 {loc = "elman.py:4"} : i64
      %77 = llvm.getelementptr %3[%76] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %78 = llvm.load %77 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %79 = llvm.mul %69, %8 {loc = "elman.py:4"} : i64
      %80 = llvm.getelementptr %7[%79] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %81 = llvm.load %80 {loc = "elman.py:4"} : !llvm.ptr -> f32
      llvm.br ^bb19(%26, %71 : i64, f32)
    ^bb18:
      %82 = llvm.add %66, %25 {loc = "elman.py:4"} : i64
      llvm.br ^bb13(%82 : i64)
    ^bb19(%83: i64, %84: f32):
      %85 = llvm.icmp "slt" %83, %16 {loc = "elman.py:4"} : i64
      llvm.cond_br %85, ^bb20, ^bb21(%84 : f32)
    ^bb20:
      %86 = llvm.mul %83, %10 {loc = "elman.py:4"} : i64
      %87 = llvm.mul %69, %11 {loc = "elman.py:4"} : i64
      %88 = llvm.add %86, %87 {loc = "elman.py:4"} : i64
      %89 = llvm.getelementptr %9[%88] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %90 = llvm.load %89 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %91 = llvm.add %63, %83 {loc = "elman.py:4"} : i64
      %92 = llvm.mul %91, %28 {loc = "elman.py:4"} : i64
      %93 = llvm.getelementptr %18[%92] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %94 = llvm.load %93 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %95 = llvm.fmul %94, %90 {loc = "elman.py:4"} : f32
      %96 = llvm.fadd %84, %95 {loc = "elman.py:4"} : f32
      %97 = llvm.add %83, %27 {loc = "elman.py:4"} : i64
      llvm.br ^bb19(%97, %96 : i64, f32)
    ^bb21(%98: f32):
      %99 = llvm.fadd %78, %98 {loc = "elman.py:4"} : f32
      %100 = llvm.fadd %99, %81 {loc = "elman.py:4"} : f32
      %101 = llvm.call @tanhf(%100) {loc = "elman.py:4"} : (f32) -> f32
      %102 = llvm.add %64, %69 {loc = "elman.py:4"} : i64
      %103 = llvm.mul %102, %28 {loc = "elman.py:4"} : i64
      %104 = llvm.getelementptr %18[%103] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %101, %104 {loc = "elman.py:4"} : f32, !llvm.ptr
      %105 = llvm.add %69, %19 {loc = "elman.py:4"} : i64
      llvm.br ^bb16(%105 : i64)
    ^bb22(%106: i64):
      %107 = llvm.icmp "slt" %106, %19 {loc = "elman.py:4"} : i64
      llvm.cond_br %107, ^bb23, ^bb24
    ^bb23:
      llvm.br ^bb25(%106 : i64)
    ^bb24:
      %108 = llvm.mlir.constant(1) : i64
      %109 = llvm.add %22, %108 {loc = "elman.py:4"} : i64
      llvm.br ^bb1(%109 : i64)
    ^bb25(%110: i64):
      %111 = llvm.icmp "slt" %110, %16 {loc = "elman.py:4"} : i64
      llvm.cond_br %111, ^bb26, ^bb27
    ^bb26:
      %112 = llvm.mul %65, %39 {loc = "elman.py:4"} : i64
      %113 = llvm.mlir.constant(0) : i64
      %114 = llvm.add %32, %113 {loc = "elman.py:4"} : i64
      %115 = llvm.icmp "ult" %114, %15 {loc = "elman.py:4"} : i64
      llvm.cond_br %115, ^bb28, ^bb29
    ^bb27:
      %116 = llvm.add %106, %25 {loc = "elman.py:4"} : i64
      llvm.br ^bb22(%116 : i64)
    ^bb28:
      %117 = llvm.add %112, %41 {loc = "elman.py:4"} : i64
      %118 = llvm.add %117, %110 {loc = "elman.py:4"} : i64
      %119 = llvm.mul %118, %28 {loc = "elman.py:4"} : i64
      %120 = llvm.getelementptr %18[%119] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %121 = llvm.load %120 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %122 = llvm.mul %114, %13 {loc = "elman.py:4"} : i64
      %123 = llvm.mul %110, %14 {loc = "elman.py:4"} : i64
      %124 = llvm.add %122, %123 {loc = "elman.py:4"} : i64
      %125 = llvm.getelementptr %12[%124] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %121, %125 {loc = "elman.py:4"} : f32, !llvm.ptr
      llvm.br ^bb30
    ^bb29:
      llvm.br ^bb30
    ^bb30:
      %126 = llvm.add %110, %19 {loc = "elman.py:4"} : i64
      llvm.br ^bb25(%126 : i64)
    }
    llvm.func @elman_k1(%127: !llvm.ptr, %128: i64, %129: i64, %130: i64, %131: !llvm.ptr, %132: i64, %133: i64, %134: !llvm.ptr, %135: i64, %136: !llvm.ptr, %137: i64, %138: i64, %139: i64, %140: i64, %141: i64, %142: i64) attributes {jic.kernel = "elman_k1"} {
      %143 = llvm.mlir.constant(0) : i64
      llvm.br ^bb1(%143 : i64)
    ^bb1(%144: i64):
      %145 = llvm.icmp "slt" %144, %142 {loc = "elman.py:4"} : i64
      llvm.cond_br %145, ^bb2, ^bb3
    ^bb2:
      %146 = llvm.mul %139, %140 {loc = "elman.py:4"} : i64
      %147 = llvm.icmp "ult" %144, %146 {loc = "elman.py:4"} : i64
      llvm.cond_br %147, ^bb4, ^bb5
    ^bb3:
      llvm.return
    ^bb4:
      %148 = llvm.urem %144, %140 {loc = "elman.py:4"} : i64
      %149 = llvm.udiv %144, %140 {loc = "elman.py:4"} : i64
      %150 = llvm.mul %149, %128 {loc = "elman.py:4"} : i64
      %151 = llvm.mul %141, %129 {loc = "elman.py:4"} : i64
      %152 = llvm.add %150, %151 {loc = "elman.py:4"} : i64
      %153 = llvm.mul %148, %130 {loc = "elman.py:4"} : i64
      %154 = llvm.add %152, %153 {loc = "elman.py:4"} : i64
      %155 = llvm.getelementptr %127[%154] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %156 = llvm.load %155 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %157 = llvm.mul %149, %132 {loc = "elman.py:4"} : i64
      %158 = llvm.mul %148, %133 {loc = "elman.py:4"} : i64
      %159 = llvm.add %157, %158 {loc = "elman.py:4"} : i64
      %160 = llvm.getelementptr %131[%159] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %161 = llvm.load %160 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %162 = llvm.fadd %156, %161 {loc = "elman.py:4"} : f32
      %163 = llvm.mul %148, %135 {loc = "elman.py:4"} : i64
      %164 = llvm.getelementptr %134[%163] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %165 = llvm.load %164 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %166 = llvm.fadd %162, %165 {loc = "elman.py:4"} : f32
      %167 = llvm.call @tanhf(%166) {loc = "elman.py:4"} : (f32) -> f32
      %168 = llvm.mul %149, %137 {loc = "elman.py:4"} : i64
      %169 = llvm.mul %148, %138 {loc = "elman.py:4"} : i64
      %170 = llvm.add %168, %169 {loc = "elman.py:4"} : i64
      %171 = llvm.getelementptr %136[%170] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %167, %171 {loc = "elman.py:4"} : f32, !llvm.ptr
      llvm.br ^bb6
    ^bb5:
      llvm.br ^bb6
    ^bb6:
      %172 = llvm.mlir.constant(1) : i64
      %173 = llvm.add %144, %172 {loc = "elman.py:4"} : i64
      llvm.br ^bb1(%173 : i64)
    }
  }) {jic.target = "cpu"} : () -> ()
}
