// PASS: outline-kernels
// INPUT:
builtin.module {
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
      %22 = "jic.recurrent_kernel"(%8, %4, %c0, %T, %c1, %h) <{rows_per_block = 1 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1>}> ({
      ^bb0(%23: index, %24: index, %25: index, %26: tensor<?x?xf32>):
        %27 = arith.constant {loc = "elman.py:4"} 0.000000e+00 : f32
        %28 = jic.load %3[%25, %23, %24] {loc = "elman.py:4"} : tensor<?x?x?xf32> -> f32
        %29 = jic.load %b[%24] {loc = "elman.py:4"} : tensor<?xf32> -> f32
        %30 = scf.for %31 = %c0 to %4 step %c1 iter_args(%32 = %27) -> (f32) {
          %33 = jic.load %21[%31, %24] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
          %34 = jic.load %26[%25, %31] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
          %35 = arith.mulf %34, %33 {loc = "elman.py:4"} : f32
          %36 = arith.addf %32, %35 {loc = "elman.py:4"} : f32
          scf.yield %36 : f32
        } {jic.pipeline_depth = 16 : index, loc = "elman.py:4"}
        %37 = arith.addf %28, %30 {loc = "elman.py:4"} : f32
        %38 = arith.addf %37, %29 {loc = "elman.py:4"} : f32
        %39 = math.tanh %38 {loc = "elman.py:4"} : f32
        jic.recurrent_yield %39 : f32
      }) {jic.shape = ["h.0", "h.1"], loc = "elman.py:4"} : (index, index, index, index, index, tensor<?x?xf32>) -> tensor<?x?xf32>
      scf.yield %22 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
        %m = jic.matmul %hc, %wh {jic.shape = ["h.0", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %n = "jic.kernel"(%9, %14) ({
        ^bb0(%40: index, %41: index):
          %42 = jic.load %3[%40, %t, %41] {loc = "elman.py:4"} : tensor<?x?x?xf32> -> f32
          %43 = jic.load %m[%40, %41] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
          %44 = arith.addf %42, %43 {loc = "elman.py:4"} : f32
          %45 = jic.load %b[%41] {loc = "elman.py:4"} : tensor<?xf32> -> f32
          %46 = arith.addf %44, %45 {loc = "elman.py:4"} : f32
          %47 = math.tanh %46 {loc = "elman.py:4"} : f32
          jic.yield %47 : f32
        }) {loc = "elman.py:4"} : (index, index) -> tensor<?x?xf32>
        scf.yield %n : tensor<?x?xf32>
      } {jic.coupled = "coupled dim 1 (jic.matmul at elman.py:4)", jic.host_loop = "carried `hc` is coupled along dim 1 by the matmul at elman.py:4", loc = "elman.py:4"}
      scf.yield %r_1 : tensor<?x?xf32>
    }{jic.recurrent = "one block kernel (1 rows a block, its threads over the units, the state in shared memory) while units * 8 B <= 49152 B; else the loop steps on the host", loc = "elman.py:4"}
    func.return %r : tensor<?x?xf32>
  }
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
