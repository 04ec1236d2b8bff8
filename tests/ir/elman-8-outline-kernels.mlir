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
    %17 = arith.constant {loc = "elman.py:4"} 16 : index
    %18 = arith.muli %4, %17 {loc = "elman.py:4"} : index
    %19 = arith.constant {loc = "elman.py:4"} 49152 : index
    %20 = arith.cmpi ule, %18, %19 : index
    %r = scf.if %20 -> (tensor<?x?xf32>) {
      %21 = jic.contiguous %wh {jic.shape = ["W_hh.1", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %22 = "jic.recurrent_kernel"(%8, %4, %c0, %T, %c1, %h) <{rows_per_block = 2 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1>}> ({
      ^bb0(%23: index, %24: index, %25: index, %26: index, %27: tensor<?x?xf32>):
        %28 = arith.constant {loc = "elman.py:4"} 0.000000e+00 : f32
        %29, %30 = scf.for %31 = %c0 to %4 step %c1 iter_args(%32 = %28, %33 = %28) -> (f32, f32) {
          %34 = jic.load %21[%31, %24] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
          %35 = jic.load %27[%25, %31] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
          %36 = arith.mulf %35, %34 {loc = "elman.py:4"} : f32
          %37 = arith.addf %32, %36 {loc = "elman.py:4"} : f32
          %38 = jic.load %27[%26, %31] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
          %39 = arith.mulf %38, %34 {loc = "elman.py:4"} : f32
          %40 = arith.addf %33, %39 {loc = "elman.py:4"} : f32
          scf.yield %37, %40 : f32, f32
        } {jic.pipeline_depth = 16 : index, loc = "elman.py:4"}
        %41 = jic.load %3[%25, %23, %24] {loc = "elman.py:4"} : tensor<?x?x?xf32> -> f32
        %42 = arith.addf %41, %29 {loc = "elman.py:4"} : f32
        %43 = jic.load %b[%24] {loc = "elman.py:4"} : tensor<?xf32> -> f32
        %44 = arith.addf %42, %43 {loc = "elman.py:4"} : f32
        %45 = math.tanh %44 {loc = "elman.py:4"} : f32
        %46 = jic.load %3[%26, %23, %24] {loc = "elman.py:4"} : tensor<?x?x?xf32> -> f32
        %47 = arith.addf %46, %30 {loc = "elman.py:4"} : f32
        %48 = arith.addf %47, %43 {loc = "elman.py:4"} : f32
        %49 = math.tanh %48 {loc = "elman.py:4"} : f32
        jic.recurrent_yield %45, %49 : f32, f32
      }) {jic.shape = ["h.0", "h.1"], loc = "elman.py:4"} : (index, index, index, index, index, tensor<?x?xf32>) -> tensor<?x?xf32>
      scf.yield %22 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
        %m = jic.matmul %hc, %wh {jic.shape = ["h.0", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %n = "jic.kernel"(%9, %14) ({
        ^bb0(%50: index, %51: index):
          %52 = jic.load %3[%50, %t, %51] {loc = "elman.py:4"} : tensor<?x?x?xf32> -> f32
          %53 = jic.load %m[%50, %51] {loc = "elman.py:4"} : tensor<?x?xf32> -> f32
          %54 = arith.addf %52, %53 {loc = "elman.py:4"} : f32
          %55 = jic.load %b[%51] {loc = "elman.py:4"} : tensor<?xf32> -> f32
          %56 = arith.addf %54, %55 {loc = "elman.py:4"} : f32
          %57 = math.tanh %56 {loc = "elman.py:4"} : f32
          jic.yield %57 : f32
        }) {loc = "elman.py:4"} : (index, index) -> tensor<?x?xf32>
        scf.yield %n : tensor<?x?xf32>
      } {jic.coupled = "coupled dim 1 (jic.matmul at elman.py:4)", jic.host_loop = "carried `hc` is coupled along dim 1 by the matmul at elman.py:4", loc = "elman.py:4"}
      scf.yield %r_1 : tensor<?x?xf32>
    }{jic.recurrent = "one block kernel (2 rows a block, its threads over the units, the state in shared memory) while units * 16 B <= 49152 B; else the loop steps on the host", loc = "elman.py:4"}
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
    %17 = arith.constant {loc = "elman.py:4"} 16 : index
    %18 = arith.muli %4, %17 {loc = "elman.py:4"} : index
    %19 = arith.constant {loc = "elman.py:4"} 49152 : index
    %20 = arith.cmpi ule, %18, %19 : index
    %r = scf.if %20 -> (tensor<?x?xf32>) {
      %21 = jic.contiguous %wh {jic.shape = ["W_hh.1", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32> -> tensor<?x?xf32>
      %22 = jic.launch @jic_kernels::@elman_k0 sizes(%8, %4) args(%h, %21, %3, %b, %T) {jic.block_rows = 2 : i64, jic.shared_per_unit = 16 : i64, loc = "elman.py:4"} : (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?x?xf32>, tensor<?xf32>, index) -> tensor<?x?xf32>
      scf.yield %22 : tensor<?x?xf32>
    } else {
      %r_1 = scf.for %t = %c0 to %T step %c1 iter_args(%hc = %h) -> (tensor<?x?xf32>) {
        %m = jic.matmul %hc, %wh {jic.shape = ["h.0", "W_hh.0"], loc = "elman.py:4"} : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
        %n = jic.launch @jic_kernels::@elman_k1 sizes(%9, %14) args(%3, %m, %b, %t) {loc = "elman.py:4"} : (tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?xf32>, index) -> tensor<?x?xf32>
        scf.yield %n : tensor<?x?xf32>
      } {jic.coupled = "coupled dim 1 (jic.matmul at elman.py:4)", jic.host_loop = "carried `hc` is coupled along dim 1 by the matmul at elman.py:4", loc = "elman.py:4"}
      scf.yield %r_1 : tensor<?x?xf32>
    }{jic.recurrent = "one block kernel (2 rows a block, its threads over the units, the state in shared memory) while units * 16 B <= 49152 B; else the loop steps on the host", loc = "elman.py:4"}
    func.return %r : tensor<?x?xf32>
  }
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    "gpu.func"() <{function_type = (memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index) -> (), kernel}> ({
    ^bb0(%0: memref<?x?xf32, strided<[?, ?], offset: ?>>, %1: memref<?x?xf32, strided<[?, ?], offset: ?>>, %2: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %3: memref<?xf32, strided<[?], offset: ?>>, %4: memref<?x?xf32, strided<[?, ?], offset: ?>>, %5: index, %6: index, %7: index):
      %c0 = arith.constant {loc = "elman.py:4"} 0 : index
      %c1 = arith.constant {loc = "elman.py:4"} 1 : index
      %8 = "gpu.block_id"() <{dimension = #gpu<dim x>}> {loc = "elman.py:4"} : () -> index
      %9 = "gpu.thread_id"() <{dimension = #gpu<dim x>}> {loc = "elman.py:4"} : () -> index
      %10 = "gpu.block_dim"() <{dimension = #gpu<dim x>}> {loc = "elman.py:4"} : () -> index
      %11 = jic.shared_memory {loc = "elman.py:4"} : memref<?xf32>
      %12 = arith.constant {loc = "elman.py:4"} 0 : index
      %13 = arith.constant {loc = "elman.py:4"} 1 : index
      %14 = arith.constant {loc = "elman.py:4"} 2 : index
      %15 = arith.muli %8, %14 {loc = "elman.py:4"} : index
      %16 = arith.subi %5, %13 {loc = "elman.py:4"} : index
      %17 = arith.constant {loc = "elman.py:4"} 0 : index
      %18 = arith.addi %15, %17 {loc = "elman.py:4"} : index
      %19 = arith.cmpi ult, %18, %16 : index
      %20 = arith.select %19, %18, %16 {loc = "elman.py:4"} : index
      %21 = arith.constant {loc = "elman.py:4"} 1 : index
      %22 = arith.addi %15, %21 {loc = "elman.py:4"} : index
      %23 = arith.cmpi ult, %22, %16 : index
      %24 = arith.select %23, %22, %16 {loc = "elman.py:4"} : index
      %25 = arith.constant {loc = "elman.py:4"} 2 : index
      %26 = arith.muli %25, %6 {loc = "elman.py:4"} : index
      %27 = arith.constant {loc = "elman.py:4"} 0 : index
      %28 = arith.muli %27, %6 {loc = "elman.py:4"} : index
      %29 = arith.constant {loc = "elman.py:4"} 1 : index
      %30 = arith.muli %29, %6 {loc = "elman.py:4"} : index
      scf.for %31 = %9 to %6 step %10 {
        %32 = memref.load %0[%20, %31] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
        %33 = arith.addi %28, %31 {loc = "elman.py:4"} : index
        memref.store %32, %11[%33] {loc = "elman.py:4"} : memref<?xf32>
        %34 = memref.load %0[%24, %31] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
        %35 = arith.addi %30, %31 {loc = "elman.py:4"} : index
        memref.store %34, %11[%35] {loc = "elman.py:4"} : memref<?xf32>
      } {loc = "elman.py:4"}
      "gpu.barrier"() {loc = "elman.py:4"} : () -> ()
      %36 = scf.for %37 = %c0 to %7 step %c1 iter_args(%38 = %12) -> (index) {
        %39 = arith.constant {loc = "elman.py:4"} 1 : index
        %40 = arith.subi %39, %38 {loc = "elman.py:4"} : index
        %41 = arith.muli %38, %26 {loc = "elman.py:4"} : index
        %42 = arith.muli %40, %26 {loc = "elman.py:4"} : index
        %43 = arith.addi %41, %28 {loc = "elman.py:4"} : index
        %44 = arith.addi %41, %30 {loc = "elman.py:4"} : index
        %45 = arith.addi %42, %28 {loc = "elman.py:4"} : index
        %46 = arith.addi %42, %30 {loc = "elman.py:4"} : index
        scf.for %47 = %9 to %6 step %10 {
          %48 = arith.constant {loc = "elman.py:4"} 0.000000e+00 : f32
          %49, %50 = scf.for %51 = %c0 to %6 step %c1 iter_args(%52 = %48, %53 = %48) -> (f32, f32) {
            %54 = memref.load %1[%51, %47] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
            %55 = arith.addi %43, %51 {loc = "elman.py:4"} : index
            %56 = memref.load %11[%55] {loc = "elman.py:4"} : memref<?xf32>
            %57 = arith.mulf %56, %54 {loc = "elman.py:4"} : f32
            %58 = arith.addf %52, %57 {loc = "elman.py:4"} : f32
            %59 = arith.addi %44, %51 {loc = "elman.py:4"} : index
            %60 = memref.load %11[%59] {loc = "elman.py:4"} : memref<?xf32>
            %61 = arith.mulf %60, %54 {loc = "elman.py:4"} : f32
            %62 = arith.addf %53, %61 {loc = "elman.py:4"} : f32
            scf.yield %58, %62 : f32, f32
          } {jic.pipeline_depth = 16 : index, loc = "elman.py:4"}
          %63 = memref.load %2[%20, %37, %47] {loc = "elman.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
          %64 = arith.addf %63, %49 {loc = "elman.py:4"} : f32
          %65 = memref.load %3[%47] {loc = "elman.py:4"} : memref<?xf32, strided<[?], offset: ?>>
          %66 = arith.addf %64, %65 {loc = "elman.py:4"} : f32
          %67 = math.tanh %66 {loc = "elman.py:4"} : f32
          %68 = memref.load %2[%24, %37, %47] {loc = "elman.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
          %69 = arith.addf %68, %50 {loc = "elman.py:4"} : f32
          %70 = arith.addf %69, %65 {loc = "elman.py:4"} : f32
          %71 = math.tanh %70 {loc = "elman.py:4"} : f32
          %72 = arith.addi %45, %47 {loc = "elman.py:4"} : index
          memref.store %67, %11[%72] {loc = "elman.py:4"} : memref<?xf32>
          %73 = arith.addi %46, %47 {loc = "elman.py:4"} : index
          memref.store %71, %11[%73] {loc = "elman.py:4"} : memref<?xf32>
        } {loc = "elman.py:4"}
        "gpu.barrier"() {loc = "elman.py:4"} : () -> ()
        scf.yield %40 : index
      } {loc = "elman.py:4"}
      scf.for %74 = %9 to %6 step %10 {
        %75 = arith.muli %36, %26 {loc = "elman.py:4"} : index
        %76 = arith.constant {loc = "elman.py:4"} 0 : index
        %77 = arith.addi %15, %76 {loc = "elman.py:4"} : index
        %78 = arith.cmpi ult, %77, %5 : index
        scf.if %78 {
          %79 = arith.addi %75, %28 {loc = "elman.py:4"} : index
          %80 = arith.addi %79, %74 {loc = "elman.py:4"} : index
          %81 = memref.load %11[%80] {loc = "elman.py:4"} : memref<?xf32>
          memref.store %81, %4[%77, %74] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
        }{loc = "elman.py:4"}
        %82 = arith.constant {loc = "elman.py:4"} 1 : index
        %83 = arith.addi %15, %82 {loc = "elman.py:4"} : index
        %84 = arith.cmpi ult, %83, %5 : index
        scf.if %84 {
          %85 = arith.addi %75, %30 {loc = "elman.py:4"} : index
          %86 = arith.addi %85, %74 {loc = "elman.py:4"} : index
          %87 = memref.load %11[%86] {loc = "elman.py:4"} : memref<?xf32>
          memref.store %87, %4[%83, %74] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
        }{loc = "elman.py:4"}
      } {loc = "elman.py:4"}
      "gpu.return"() : () -> ()
    }) {sym_name = "elman_k0", jic.block_kernel = 2 : i64} : () -> ()
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
