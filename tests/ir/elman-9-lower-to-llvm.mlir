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
    llvm.func @tanhf(f32) -> f32
    llvm.func @elman_k0(%0: !llvm.ptr, %1: i64, %2: i64, %3: !llvm.ptr, %4: i64, %5: i64, %6: !llvm.ptr, %7: i64, %8: i64, %9: i64, %10: !llvm.ptr, %11: i64, %12: !llvm.ptr, %13: i64, %14: i64, %15: i64, %16: i64, %17: i64, %18: !llvm.ptr, %19: i64, %20: i64) attributes {jic.kernel = "elman_k0"} {
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
      %31 = llvm.mlir.constant(2) : i64
      %32 = llvm.mul %22, %31 {loc = "elman.py:4"} : i64
      %33 = llvm.sub %15, %30 {loc = "elman.py:4"} : i64
      %34 = llvm.mlir.constant(0) : i64
      %35 = llvm.add %32, %34 {loc = "elman.py:4"} : i64
      %36 = llvm.icmp "ult" %35, %33 {loc = "elman.py:4"} : i64
      %37 = llvm.select %36, %35, %33 {loc = "elman.py:4"} : i1, i64
      %38 = llvm.mlir.constant(1) : i64
      %39 = llvm.add %32, %38 {loc = "elman.py:4"} : i64
      %40 = llvm.icmp "ult" %39, %33 {loc = "elman.py:4"} : i64
      %41 = llvm.select %40, %39, %33 {loc = "elman.py:4"} : i1, i64
      %42 = llvm.mlir.constant(2) : i64
      %43 = llvm.mul %42, %16 {loc = "elman.py:4"} : i64
      %44 = llvm.mlir.constant(0) : i64
      %45 = llvm.mul %44, %16 {loc = "elman.py:4"} : i64
      %46 = llvm.mlir.constant(1) : i64
      %47 = llvm.mul %46, %16 {loc = "elman.py:4"} : i64
      llvm.br ^bb4(%24 : i64)
    ^bb3:
      llvm.return
    ^bb4(%48: i64):
      %49 = llvm.icmp "slt" %48, %19 {loc = "elman.py:4"} : i64
      llvm.cond_br %49, ^bb5, ^bb6
    ^bb5:
      llvm.br ^bb7(%48 : i64)
    ^bb6:
      llvm.br ^bb10(%26, %29 : i64, i64)
    ^bb7(%50: i64):
      %51 = llvm.icmp "slt" %50, %16 {loc = "elman.py:4"} : i64
      llvm.cond_br %51, ^bb8, ^bb9
    ^bb8:
      %52 = llvm.mul %37, %1 {loc = "elman.py:4"} : i64
      %53 = llvm.mul %50, %2 {loc = "elman.py:4"} : i64
      %54 = llvm.add %52, %53 {loc = "elman.py:4"} : i64
      %55 = llvm.getelementptr %0[%54] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %56 = llvm.load %55 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %57 = llvm.add %45, %50 {loc = "elman.py:4"} : i64
      %58 = llvm.mul %57, %28 {loc = "elman.py:4"} : i64
      %59 = llvm.getelementptr %18[%58] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %56, %59 {loc = "elman.py:4"} : f32, !llvm.ptr
      %60 = llvm.mul %41, %1 {loc = "elman.py:4"} : i64
      %61 = llvm.mul %50, %2 {loc = "elman.py:4"} : i64
      %62 = llvm.add %60, %61 {loc = "elman.py:4"} : i64
      %63 = llvm.getelementptr %0[%62] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %64 = llvm.load %63 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %65 = llvm.add %47, %50 {loc = "elman.py:4"} : i64
      %66 = llvm.mul %65, %28 {loc = "elman.py:4"} : i64
      %67 = llvm.getelementptr %18[%66] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %64, %67 {loc = "elman.py:4"} : f32, !llvm.ptr
      %68 = llvm.add %50, %19 {loc = "elman.py:4"} : i64
      llvm.br ^bb7(%68 : i64)
    ^bb9:
      %69 = llvm.add %48, %25 {loc = "elman.py:4"} : i64
      llvm.br ^bb4(%69 : i64)
    ^bb10(%70: i64, %71: i64):
      %72 = llvm.icmp "slt" %70, %17 {loc = "elman.py:4"} : i64
      llvm.cond_br %72, ^bb11, ^bb12(%71 : i64)
    ^bb11:
      %73 = llvm.mlir.constant(1) : i64
      %74 = llvm.sub %73, %71 {loc = "elman.py:4"} : i64
      %75 = llvm.mul %71, %43 {loc = "elman.py:4"} : i64
      %76 = llvm.mul %74, %43 {loc = "elman.py:4"} : i64
      %77 = llvm.add %75, %45 {loc = "elman.py:4"} : i64
      %78 = llvm.add %75, %47 {loc = "elman.py:4"} : i64
      %79 = llvm.add %76, %45 {loc = "elman.py:4"} : i64
      %80 = llvm.add %76, %47 {loc = "elman.py:4"} : i64
      llvm.br ^bb13(%24 : i64)
    ^bb12(%81: i64):
      llvm.br ^bb22(%24 : i64)
    ^bb13(%82: i64):
      %83 = llvm.icmp "slt" %82, %19 {loc = "elman.py:4"} : i64
      llvm.cond_br %83, ^bb14, ^bb15
    ^bb14:
      llvm.br ^bb16(%82 : i64)
    ^bb15:
      %84 = llvm.add %70, %27 {loc = "elman.py:4"} : i64
      llvm.br ^bb10(%84, %74 : i64, i64)
    ^bb16(%85: i64):
      %86 = llvm.icmp "slt" %85, %16 {loc = "elman.py:4"} : i64
      llvm.cond_br %86, ^bb17, ^bb18
    ^bb17:
      %87 = llvm.mlir.constant(0.000000e+00 : f32) : f32
      llvm.br ^bb19(%26, %87, %87 : i64, f32, f32)
    ^bb18:
      %88 = llvm.add %82, %25 {loc = "elman.py:4"} : i64
      llvm.br ^bb13(%88 : i64)
    ^bb19(%89: i64, %90: f32, %91: f32):
      %92 = llvm.icmp "slt" %89, %16 {loc = "elman.py:4"} : i64
      llvm.cond_br %92, ^bb20, ^bb21(%90, %91 : f32, f32)
    ^bb20:
      %93 = llvm.mul %89, %4 {loc = "elman.py:4"} : i64
      %94 = llvm.mul %85, %5 {loc = "elman.py:4"} : i64
      %95 = llvm.add %93, %94 {loc = "elman.py:4"} : i64
      %96 = llvm.getelementptr %3[%95] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %97 = llvm.load %96 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %98 = llvm.add %77, %89 {loc = "elman.py:4"} : i64
      %99 = llvm.mul %98, %28 {loc = "elman.py:4"} : i64
      %100 = llvm.getelementptr %18[%99] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %101 = llvm.load %100 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %102 = llvm.fmul %101, %97 {loc = "elman.py:4"} : f32
      %103 = llvm.fadd %90, %102 {loc = "elman.py:4"} : f32
      %104 = llvm.add %78, %89 {loc = "elman.py:4"} : i64
      %105 = llvm.mul %104, %28 {loc = "elman.py:4"} : i64
      %106 = llvm.getelementptr %18[%105] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %107 = llvm.load %106 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %108 = llvm.fmul %107, %97 {loc = "elman.py:4"} : f32
      %109 = llvm.fadd %91, %108 {loc = "elman.py:4"} : f32
      %110 = llvm.add %89, %27 {loc = "elman.py:4"} : i64
      llvm.br ^bb19(%110, %103, %109 : i64, f32, f32)
    ^bb21(%111: f32, %112: f32):
      %113 = llvm.mul %37, %7 {loc = "elman.py:4"} : i64
      %114 = llvm.mul %70, %8 {loc = "elman.py:4"} : i64
      %115 = llvm.add %113, %114 {loc = "elman.py:4"} : i64
      %116 = llvm.mul %85, %9 {loc = "elman.py:4"} : i64
      %117 = llvm.add %115, %116 {loc = "elman.py:4"} : i64
      %118 = llvm.getelementptr %6[%117] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %119 = llvm.load %118 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %120 = llvm.fadd %119, %111 {loc = "elman.py:4"} : f32
      %121 = llvm.mul %85, %11 {loc = "elman.py:4"} : i64
      %122 = llvm.getelementptr %10[%121] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %123 = llvm.load %122 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %124 = llvm.fadd %120, %123 {loc = "elman.py:4"} : f32
      %125 = llvm.call @tanhf(%124) {loc = "elman.py:4"} : (f32) -> f32
      %126 = llvm.mul %41, %7 {loc = "elman.py:4"} : i64
      %127 = llvm.mul %70, %8 {loc = "elman.py:4"} : i64
      %128 = llvm.add %126, %127 {loc = "elman.py:4"} : i64
      %129 = llvm.mul %85, %9 {loc = "elman.py:4"} : i64
      %130 = llvm.add %128, %129 {loc = "elman.py:4"} : i64
      %131 = llvm.getelementptr %6[%130] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %132 = llvm.load %131 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %133 = llvm.fadd %132, %112 {loc = "elman.py:4"} : f32
      %134 = llvm.fadd %133, %123 {loc = "elman.py:4"} : f32
      %135 = llvm.call @tanhf(%134) {loc = "elman.py:4"} : (f32) -> f32
      %136 = llvm.add %79, %85 {loc = "elman.py:4"} : i64
      %137 = llvm.mul %136, %28 {loc = "elman.py:4"} : i64
      %138 = llvm.getelementptr %18[%137] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %125, %138 {loc = "elman.py:4"} : f32, !llvm.ptr
      %139 = llvm.add %80, %85 {loc = "elman.py:4"} : i64
      %140 = llvm.mul %139, %28 {loc = "elman.py:4"} : i64
      %141 = llvm.getelementptr %18[%140] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %135, %141 {loc = "elman.py:4"} : f32, !llvm.ptr
      %142 = llvm.add %85, %19 {loc = "elman.py:4"} : i64
      llvm.br ^bb16(%142 : i64)
    ^bb22(%143: i64):
      %144 = llvm.icmp "slt" %143, %19 {loc = "elman.py:4"} : i64
      llvm.cond_br %144, ^bb23, ^bb24
    ^bb23:
      llvm.br ^bb25(%143 : i64)
    ^bb24:
      %145 = llvm.mlir.constant(1) : i64
      %146 = llvm.add %22, %145 {loc = "elman.py:4"} : i64
      llvm.br ^bb1(%146 : i64)
    ^bb25(%147: i64):
      %148 = llvm.icmp "slt" %147, %16 {loc = "elman.py:4"} : i64
      llvm.cond_br %148, ^bb26, ^bb27
    ^bb26:
      %149 = llvm.mul %81, %43 {loc = "elman.py:4"} : i64
      %150 = llvm.mlir.constant(0) : i64
      %151 = llvm.add %32, %150 {loc = "elman.py:4"} : i64
      %152 = llvm.icmp "ult" %151, %15 {loc = "elman.py:4"} : i64
      llvm.cond_br %152, ^bb28, ^bb29
    ^bb27:
      %153 = llvm.add %143, %25 {loc = "elman.py:4"} : i64
      llvm.br ^bb22(%153 : i64)
    ^bb28:
      %154 = llvm.add %149, %45 {loc = "elman.py:4"} : i64
      %155 = llvm.add %154, %147 {loc = "elman.py:4"} : i64
      %156 = llvm.mul %155, %28 {loc = "elman.py:4"} : i64
      %157 = llvm.getelementptr %18[%156] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %158 = llvm.load %157 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %159 = llvm.mul %151, %13 {loc = "elman.py:4"} : i64
      %160 = llvm.mul %147, %14 {loc = "elman.py:4"} : i64
      %161 = llvm.add %159, %160 {loc = "elman.py:4"} : i64
      %162 = llvm.getelementptr %12[%161] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %158, %162 {loc = "elman.py:4"} : f32, !llvm.ptr
      llvm.br ^bb30
    ^bb29:
      llvm.br ^bb30
    ^bb30:
      %163 = llvm.mlir.constant(1) : i64
      %164 = llvm.add %32, %163 {loc = "elman.py:4"} : i64
      %165 = llvm.icmp "ult" %164, %15 {loc = "elman.py:4"} : i64
      llvm.cond_br %165, ^bb31, ^bb32
    ^bb31:
      %166 = llvm.add %149, %47 {loc = "elman.py:4"} : i64
      %167 = llvm.add %166, %147 {loc = "elman.py:4"} : i64
      %168 = llvm.mul %167, %28 {loc = "elman.py:4"} : i64
      %169 = llvm.getelementptr %18[%168] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %170 = llvm.load %169 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %171 = llvm.mul %164, %13 {loc = "elman.py:4"} : i64
      %172 = llvm.mul %147, %14 {loc = "elman.py:4"} : i64
      %173 = llvm.add %171, %172 {loc = "elman.py:4"} : i64
      %174 = llvm.getelementptr %12[%173] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %170, %174 {loc = "elman.py:4"} : f32, !llvm.ptr
      llvm.br ^bb33
    ^bb32:
      llvm.br ^bb33
    ^bb33:
      %175 = llvm.add %147, %19 {loc = "elman.py:4"} : i64
      llvm.br ^bb25(%175 : i64)
    }
    llvm.func @elman_k1(%176: !llvm.ptr, %177: i64, %178: i64, %179: i64, %180: !llvm.ptr, %181: i64, %182: i64, %183: !llvm.ptr, %184: i64, %185: !llvm.ptr, %186: i64, %187: i64, %188: i64, %189: i64, %190: i64, %191: i64) attributes {jic.kernel = "elman_k1"} {
      %192 = llvm.mlir.constant(0) : i64
      llvm.br ^bb1(%192 : i64)
    ^bb1(%193: i64):
      %194 = llvm.icmp "slt" %193, %191 {loc = "elman.py:4"} : i64
      llvm.cond_br %194, ^bb2, ^bb3
    ^bb2:
      %195 = llvm.mul %188, %189 {loc = "elman.py:4"} : i64
      %196 = llvm.icmp "ult" %193, %195 {loc = "elman.py:4"} : i64
      llvm.cond_br %196, ^bb4, ^bb5
    ^bb3:
      llvm.return
    ^bb4:
      %197 = llvm.urem %193, %189 {loc = "elman.py:4"} : i64
      %198 = llvm.udiv %193, %189 {loc = "elman.py:4"} : i64
      %199 = llvm.mul %198, %177 {loc = "elman.py:4"} : i64
      %200 = llvm.mul %190, %178 {loc = "elman.py:4"} : i64
      %201 = llvm.add %199, %200 {loc = "elman.py:4"} : i64
      %202 = llvm.mul %197, %179 {loc = "elman.py:4"} : i64
      %203 = llvm.add %201, %202 {loc = "elman.py:4"} : i64
      %204 = llvm.getelementptr %176[%203] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %205 = llvm.load %204 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %206 = llvm.mul %198, %181 {loc = "elman.py:4"} : i64
      %207 = llvm.mul %197, %182 {loc = "elman.py:4"} : i64
      %208 = llvm.add %206, %207 {loc = "elman.py:4"} : i64
      %209 = llvm.getelementptr %180[%208] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %210 = llvm.load %209 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %211 = llvm.fadd %205, %210 {loc = "elman.py:4"} : f32
      %212 = llvm.mul %197, %184 {loc = "elman.py:4"} : i64
      %213 = llvm.getelementptr %183[%212] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %214 = llvm.load %213 {loc = "elman.py:4"} : !llvm.ptr -> f32
      %215 = llvm.fadd %211, %214 {loc = "elman.py:4"} : f32
      %216 = llvm.call @tanhf(%215) {loc = "elman.py:4"} : (f32) -> f32
      %217 = llvm.mul %198, %186 {loc = "elman.py:4"} : i64
      %218 = llvm.mul %197, %187 {loc = "elman.py:4"} : i64
      %219 = llvm.add %217, %218 {loc = "elman.py:4"} : i64
      %220 = llvm.getelementptr %185[%219] {loc = "elman.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %216, %220 {loc = "elman.py:4"} : f32, !llvm.ptr
      llvm.br ^bb6
    ^bb5:
      llvm.br ^bb6
    ^bb6:
      %221 = llvm.mlir.constant(1) : i64
      %222 = llvm.add %193, %221 {loc = "elman.py:4"} : i64
      llvm.br ^bb1(%222 : i64)
    }
  }) {jic.target = "cpu"} : () -> ()
}
