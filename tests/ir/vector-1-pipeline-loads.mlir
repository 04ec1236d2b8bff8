// PASS: pipeline-loads{depth=2 prefetch=false}
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
    %r = jic.launch @jic_kernels::@cell_k0 sizes(%1, %4) args(%h, %x_seq, %T) {loc = "cell.py:4", jic.vector_kernel = "cell_k0_v4", jic.vector_width = 4 : i64, jic.vector_memrefs = [0 : i64, 1 : i64, 2 : i64]} : (tensor<?x?xf32>, tensor<?x?x?xf32>, index) -> tensor<?x?xf32>
    func.return %r : tensor<?x?xf32>
  }
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    "gpu.func"() <{function_type = (memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index) -> (), kernel}> ({
    ^bb0(%0: memref<?x?xf32, strided<[?, ?], offset: ?>>, %1: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %2: memref<?x?xf32, strided<[?, ?], offset: ?>>, %3: index, %4: index, %5: index):
      %c0 = arith.constant {loc = "cell.py:4"} 0 : index
      %c1 = arith.constant {loc = "cell.py:4"} 1 : index
      %6 = "gpu.global_id"() <{dimension = #gpu<dim x>}> {loc = "cell.py:4"} : () -> index
      %7 = arith.muli %3, %4 {loc = "cell.py:4"} : index
      %8 = arith.cmpi ult, %6, %7 : index
      scf.if %8 {
        %9 = arith.remui %6, %4 {loc = "cell.py:4"} : index
        %10 = arith.divui %6, %4 {loc = "cell.py:4"} : index
        %11 = memref.load %0[%10, %9] {loc = "cell.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
        %12 = scf.for %13 = %c0 to %5 step %c1 iter_args(%14 = %11) -> (f32) {
          %15 = memref.load %1[%10, %13, %9] {loc = "cell.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
          %16 = arith.addf %15, %14 {loc = "cell.py:4"} : f32
          %17 = math.tanh %16 {loc = "cell.py:4"} : f32
          scf.yield %17 : f32
        } {loc = "cell.py:4"}
        memref.store %12, %2[%10, %9] {loc = "cell.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
      }{loc = "cell.py:4"}
      "gpu.return"() : () -> ()
    }) {sym_name = "cell_k0"} : () -> ()
    "gpu.func"() <{function_type = (memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index) -> (), kernel}> ({
    ^bb0(%0: memref<?x?xf32, strided<[?, ?], offset: ?>>, %1: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %2: memref<?x?xf32, strided<[?, ?], offset: ?>>, %3: index, %4: index, %5: index):
      %c0 = arith.constant {loc = "cell.py:4"} 0 : index
      %c1 = arith.constant {loc = "cell.py:4"} 1 : index
      %6 = arith.constant {loc = "cell.py:4"} 4 : index
      %7 = "gpu.global_id"() <{dimension = #gpu<dim x>}> {loc = "cell.py:4"} : () -> index
      %8 = arith.divui %4, %6 {loc = "cell.py:4"} : index
      %9 = arith.muli %8, %3 {loc = "cell.py:4"} : index
      %10 = arith.cmpi ult, %7, %9 : index
      scf.if %10 {
        %11 = arith.remui %7, %8 {loc = "cell.py:4"} : index
        %12 = arith.divui %7, %8 {loc = "cell.py:4"} : index
        %13 = arith.muli %11, %6 {loc = "cell.py:4"} : index
        %14 = arith.muli %12, %4 {loc = "cell.py:4"} : index
        %15 = arith.addi %14, %13 {loc = "cell.py:4"} : index
        %16 = arith.remui %15, %4 {loc = "cell.py:4"} : index
        %17 = arith.constant {loc = "cell.py:4"} 1 : index
        %18 = arith.addi %16, %17 {loc = "cell.py:4"} : index
        %19 = arith.constant {loc = "cell.py:4"} 2 : index
        %20 = arith.addi %16, %19 {loc = "cell.py:4"} : index
        %21 = arith.constant {loc = "cell.py:4"} 3 : index
        %22 = arith.addi %16, %21 {loc = "cell.py:4"} : index
        %23 = arith.divui %15, %4 {loc = "cell.py:4"} : index
        %24, %25, %26, %27 = jic.vector_load %0[%23, %16] {loc = "cell.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>> -> f32, f32, f32, f32
        %28, %29, %30, %31 = scf.for %32 = %c0 to %5 step %c1 iter_args(%33 = %24, %34 = %25, %35 = %26, %36 = %27) -> (f32, f32, f32, f32) {
          %37, %38, %39, %40 = jic.vector_load %1[%23, %32, %16] {loc = "cell.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> -> f32, f32, f32, f32
          %41 = arith.addf %37, %33 {loc = "cell.py:4"} : f32
          %42 = arith.addf %38, %34 {loc = "cell.py:4"} : f32
          %43 = arith.addf %39, %35 {loc = "cell.py:4"} : f32
          %44 = arith.addf %40, %36 {loc = "cell.py:4"} : f32
          %45 = math.tanh %41 {loc = "cell.py:4"} : f32
          %46 = math.tanh %42 {loc = "cell.py:4"} : f32
          %47 = math.tanh %43 {loc = "cell.py:4"} : f32
          %48 = math.tanh %44 {loc = "cell.py:4"} : f32
          scf.yield %45, %46, %47, %48 : f32, f32, f32, f32
        } {loc = "cell.py:4"}
        jic.vector_store(%28, %29, %30, %31), %2[%23, %16] {loc = "cell.py:4"} : (f32, f32, f32, f32), memref<?x?xf32, strided<[?, ?], offset: ?>>
      }{loc = "cell.py:4"}
      "gpu.return"() : () -> ()
    }) {sym_name = "cell_k0_v4", jic.vector_of = "cell_k0", jic.vector_width = 4 : i64, jic.vector_memrefs = [0 : i64, 1 : i64, 2 : i64]} : () -> ()
  }) : () -> ()
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
    %r = jic.launch @jic_kernels::@cell_k0 sizes(%1, %4) args(%h, %x_seq, %T) {loc = "cell.py:4", jic.vector_kernel = "cell_k0_v4", jic.vector_width = 4 : i64, jic.vector_memrefs = [0 : i64, 1 : i64, 2 : i64]} : (tensor<?x?xf32>, tensor<?x?x?xf32>, index) -> tensor<?x?xf32>
    func.return %r : tensor<?x?xf32>
  }
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    "gpu.func"() <{function_type = (memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index) -> (), kernel}> ({
    ^bb0(%0: memref<?x?xf32, strided<[?, ?], offset: ?>>, %1: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %2: memref<?x?xf32, strided<[?, ?], offset: ?>>, %3: index, %4: index, %5: index):
      %c0 = arith.constant {loc = "cell.py:4"} 0 : index
      %c1 = arith.constant {loc = "cell.py:4"} 1 : index
      %6 = "gpu.global_id"() <{dimension = #gpu<dim x>}> {loc = "cell.py:4"} : () -> index
      %7 = arith.muli %3, %4 {loc = "cell.py:4"} : index
      %8 = arith.cmpi ult, %6, %7 : index
      scf.if %8 {
        %9 = arith.remui %6, %4 {loc = "cell.py:4"} : index
        %10 = arith.divui %6, %4 {loc = "cell.py:4"} : index
        %11 = memref.load %0[%10, %9] {loc = "cell.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
        %12 = arith.cmpi slt, %c0, %5 : index
        %13 = scf.if %12 -> (f32) {
          %14 = arith.constant {loc = "cell.py:4"} 1 : index
          %15 = arith.constant {loc = "cell.py:4"} 0 : index
          %16 = arith.constant {loc = "cell.py:4"} 2 : index
          %17 = arith.constant {loc = "cell.py:4"} 4 : index
          %18 = arith.subi %5, %c0 {loc = "cell.py:4"} : index
          %19 = arith.subi %c1, %14 {loc = "cell.py:4"} : index
          %20 = arith.addi %18, %19 {loc = "cell.py:4"} : index
          %21 = arith.divui %20, %c1 {loc = "cell.py:4"} : index
          %22 = arith.subi %21, %14 {loc = "cell.py:4"} : index
          %23 = arith.cmpi ult, %15, %22 : index
          %24 = arith.select %23, %15, %22 {loc = "cell.py:4"} : index
          %25 = arith.muli %24, %c1 {loc = "cell.py:4"} : index
          %26 = arith.addi %c0, %25 {loc = "cell.py:4"} : index
          %27 = memref.load %1[%10, %26, %9] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
          %28 = arith.cmpi ult, %14, %22 : index
          %29 = arith.select %28, %14, %22 {loc = "cell.py:4"} : index
          %30 = arith.muli %29, %c1 {loc = "cell.py:4"} : index
          %31 = arith.addi %c0, %30 {loc = "cell.py:4"} : index
          %32 = memref.load %1[%10, %31, %9] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
          %33 = arith.divui %21, %16 {loc = "cell.py:4"} : index
          %34 = arith.cmpi ugt, %33, %16 : index
          %35 = arith.subi %33, %16 {loc = "cell.py:4"} : index
          %36 = arith.select %34, %35, %15 {loc = "cell.py:4"} : index
          %37, %38, %39 = scf.for %40 = %15 to %36 step %14 iter_args(%41 = %11, %42 = %27, %43 = %32) -> (f32, f32, f32) {
            %44 = arith.muli %40, %16 {loc = "cell.py:4"} : index
            %45 = arith.addi %44, %14 {loc = "cell.py:4"} : index
            %46 = arith.addi %44, %16 {loc = "cell.py:4"} : index
            %47 = arith.muli %46, %c1 {loc = "cell.py:4"} : index
            %48 = arith.addi %c0, %47 {loc = "cell.py:4"} : index
            %49 = memref.load %1[%10, %48, %9] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %50 = arith.addi %45, %16 {loc = "cell.py:4"} : index
            %51 = arith.muli %50, %c1 {loc = "cell.py:4"} : index
            %52 = arith.addi %c0, %51 {loc = "cell.py:4"} : index
            %53 = memref.load %1[%10, %52, %9] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %54 = arith.addi %44, %17 {loc = "cell.py:4"} : index
            %55 = arith.muli %44, %c1 {loc = "cell.py:4"} : index
            %56 = arith.addi %c0, %55 {loc = "cell.py:4"} : index
            %57 = arith.addf %42, %41 {loc = "cell.py:4"} : f32
            %58 = math.tanh %57 {loc = "cell.py:4"} : f32
            %59 = arith.muli %45, %c1 {loc = "cell.py:4"} : index
            %60 = arith.addi %c0, %59 {loc = "cell.py:4"} : index
            %61 = arith.addf %43, %58 {loc = "cell.py:4"} : f32
            %62 = math.tanh %61 {loc = "cell.py:4"} : f32
            scf.yield %62, %49, %53 : f32, f32, f32
          } {loc = "cell.py:4"}
          %63, %64, %65 = scf.for %66 = %36 to %33 step %14 iter_args(%67 = %37, %68 = %38, %69 = %39) -> (f32, f32, f32) {
            %70 = arith.muli %66, %16 {loc = "cell.py:4"} : index
            %71 = arith.addi %70, %14 {loc = "cell.py:4"} : index
            %72 = arith.addi %70, %16 {loc = "cell.py:4"} : index
            %73 = arith.cmpi ult, %72, %22 : index
            %74 = arith.select %73, %72, %22 {loc = "cell.py:4"} : index
            %75 = arith.muli %74, %c1 {loc = "cell.py:4"} : index
            %76 = arith.addi %c0, %75 {loc = "cell.py:4"} : index
            %77 = memref.load %1[%10, %76, %9] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %78 = arith.addi %71, %16 {loc = "cell.py:4"} : index
            %79 = arith.cmpi ult, %78, %22 : index
            %80 = arith.select %79, %78, %22 {loc = "cell.py:4"} : index
            %81 = arith.muli %80, %c1 {loc = "cell.py:4"} : index
            %82 = arith.addi %c0, %81 {loc = "cell.py:4"} : index
            %83 = memref.load %1[%10, %82, %9] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %84 = arith.addi %70, %17 {loc = "cell.py:4"} : index
            %85 = arith.muli %70, %c1 {loc = "cell.py:4"} : index
            %86 = arith.addi %c0, %85 {loc = "cell.py:4"} : index
            %87 = arith.addf %68, %67 {loc = "cell.py:4"} : f32
            %88 = math.tanh %87 {loc = "cell.py:4"} : f32
            %89 = arith.muli %71, %c1 {loc = "cell.py:4"} : index
            %90 = arith.addi %c0, %89 {loc = "cell.py:4"} : index
            %91 = arith.addf %69, %88 {loc = "cell.py:4"} : f32
            %92 = math.tanh %91 {loc = "cell.py:4"} : f32
            scf.yield %92, %77, %83 : f32, f32, f32
          } {loc = "cell.py:4"}
          %93 = arith.muli %33, %16 {loc = "cell.py:4"} : index
          %94 = arith.subi %21, %93 {loc = "cell.py:4"} : index
          %95 = arith.cmpi ult, %15, %94 : index
          %96 = scf.if %95 -> (f32) {
            %97 = arith.muli %93, %c1 {loc = "cell.py:4"} : index
            %98 = arith.addi %c0, %97 {loc = "cell.py:4"} : index
            %99 = arith.addf %64, %63 {loc = "cell.py:4"} : f32
            %100 = math.tanh %99 {loc = "cell.py:4"} : f32
            scf.yield %100 : f32
          } else {
            scf.yield %63 : f32
          }{loc = "cell.py:4"}
          scf.yield %96 : f32
        } else {
          scf.yield %11 : f32
        }{loc = "cell.py:4"}
        memref.store %13, %2[%10, %9] {loc = "cell.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
      }{loc = "cell.py:4"}
      "gpu.return"() : () -> ()
    }) {sym_name = "cell_k0"} : () -> ()
    "gpu.func"() <{function_type = (memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index) -> (), kernel}> ({
    ^bb0(%0: memref<?x?xf32, strided<[?, ?], offset: ?>>, %1: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %2: memref<?x?xf32, strided<[?, ?], offset: ?>>, %3: index, %4: index, %5: index):
      %c0 = arith.constant {loc = "cell.py:4"} 0 : index
      %c1 = arith.constant {loc = "cell.py:4"} 1 : index
      %6 = arith.constant {loc = "cell.py:4"} 4 : index
      %7 = "gpu.global_id"() <{dimension = #gpu<dim x>}> {loc = "cell.py:4"} : () -> index
      %8 = arith.divui %4, %6 {loc = "cell.py:4"} : index
      %9 = arith.muli %8, %3 {loc = "cell.py:4"} : index
      %10 = arith.cmpi ult, %7, %9 : index
      scf.if %10 {
        %11 = arith.remui %7, %8 {loc = "cell.py:4"} : index
        %12 = arith.divui %7, %8 {loc = "cell.py:4"} : index
        %13 = arith.muli %11, %6 {loc = "cell.py:4"} : index
        %14 = arith.muli %12, %4 {loc = "cell.py:4"} : index
        %15 = arith.addi %14, %13 {loc = "cell.py:4"} : index
        %16 = arith.remui %15, %4 {loc = "cell.py:4"} : index
        %17 = arith.constant {loc = "cell.py:4"} 1 : index
        %18 = arith.addi %16, %17 {loc = "cell.py:4"} : index
        %19 = arith.constant {loc = "cell.py:4"} 2 : index
        %20 = arith.addi %16, %19 {loc = "cell.py:4"} : index
        %21 = arith.constant {loc = "cell.py:4"} 3 : index
        %22 = arith.addi %16, %21 {loc = "cell.py:4"} : index
        %23 = arith.divui %15, %4 {loc = "cell.py:4"} : index
        %24, %25, %26, %27 = jic.vector_load %0[%23, %16] {loc = "cell.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>> -> f32, f32, f32, f32
        %28 = arith.cmpi slt, %c0, %5 : index
        %29, %30, %31, %32 = scf.if %28 -> (f32, f32, f32, f32) {
          %33 = arith.constant {loc = "cell.py:4"} 1 : index
          %34 = arith.constant {loc = "cell.py:4"} 0 : index
          %35 = arith.constant {loc = "cell.py:4"} 2 : index
          %36 = arith.constant {loc = "cell.py:4"} 4 : index
          %37 = arith.subi %5, %c0 {loc = "cell.py:4"} : index
          %38 = arith.subi %c1, %33 {loc = "cell.py:4"} : index
          %39 = arith.addi %37, %38 {loc = "cell.py:4"} : index
          %40 = arith.divui %39, %c1 {loc = "cell.py:4"} : index
          %41 = arith.subi %40, %33 {loc = "cell.py:4"} : index
          %42 = arith.cmpi ult, %34, %41 : index
          %43 = arith.select %42, %34, %41 {loc = "cell.py:4"} : index
          %44 = arith.muli %43, %c1 {loc = "cell.py:4"} : index
          %45 = arith.addi %c0, %44 {loc = "cell.py:4"} : index
          %46, %47, %48, %49 = jic.vector_load %1[%23, %45, %16] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> -> f32, f32, f32, f32
          %50 = arith.cmpi ult, %33, %41 : index
          %51 = arith.select %50, %33, %41 {loc = "cell.py:4"} : index
          %52 = arith.muli %51, %c1 {loc = "cell.py:4"} : index
          %53 = arith.addi %c0, %52 {loc = "cell.py:4"} : index
          %54, %55, %56, %57 = jic.vector_load %1[%23, %53, %16] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> -> f32, f32, f32, f32
          %58 = arith.divui %40, %35 {loc = "cell.py:4"} : index
          %59 = arith.cmpi ugt, %58, %35 : index
          %60 = arith.subi %58, %35 {loc = "cell.py:4"} : index
          %61 = arith.select %59, %60, %34 {loc = "cell.py:4"} : index
          %62, %63, %64, %65, %66, %67, %68, %69, %70, %71, %72, %73 = scf.for %74 = %34 to %61 step %33 iter_args(%75 = %24, %76 = %25, %77 = %26, %78 = %27, %79 = %46, %80 = %47, %81 = %48, %82 = %49, %83 = %54, %84 = %55, %85 = %56, %86 = %57) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) {
            %87 = arith.muli %74, %35 {loc = "cell.py:4"} : index
            %88 = arith.addi %87, %33 {loc = "cell.py:4"} : index
            %89 = arith.addi %87, %35 {loc = "cell.py:4"} : index
            %90 = arith.muli %89, %c1 {loc = "cell.py:4"} : index
            %91 = arith.addi %c0, %90 {loc = "cell.py:4"} : index
            %92, %93, %94, %95 = jic.vector_load %1[%23, %91, %16] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> -> f32, f32, f32, f32
            %96 = arith.addi %88, %35 {loc = "cell.py:4"} : index
            %97 = arith.muli %96, %c1 {loc = "cell.py:4"} : index
            %98 = arith.addi %c0, %97 {loc = "cell.py:4"} : index
            %99, %100, %101, %102 = jic.vector_load %1[%23, %98, %16] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> -> f32, f32, f32, f32
            %103 = arith.addi %87, %36 {loc = "cell.py:4"} : index
            %104 = arith.muli %87, %c1 {loc = "cell.py:4"} : index
            %105 = arith.addi %c0, %104 {loc = "cell.py:4"} : index
            %106 = arith.addf %79, %75 {loc = "cell.py:4"} : f32
            %107 = arith.addf %80, %76 {loc = "cell.py:4"} : f32
            %108 = arith.addf %81, %77 {loc = "cell.py:4"} : f32
            %109 = arith.addf %82, %78 {loc = "cell.py:4"} : f32
            %110 = math.tanh %106 {loc = "cell.py:4"} : f32
            %111 = math.tanh %107 {loc = "cell.py:4"} : f32
            %112 = math.tanh %108 {loc = "cell.py:4"} : f32
            %113 = math.tanh %109 {loc = "cell.py:4"} : f32
            %114 = arith.muli %88, %c1 {loc = "cell.py:4"} : index
            %115 = arith.addi %c0, %114 {loc = "cell.py:4"} : index
            %116 = arith.addf %83, %110 {loc = "cell.py:4"} : f32
            %117 = arith.addf %84, %111 {loc = "cell.py:4"} : f32
            %118 = arith.addf %85, %112 {loc = "cell.py:4"} : f32
            %119 = arith.addf %86, %113 {loc = "cell.py:4"} : f32
            %120 = math.tanh %116 {loc = "cell.py:4"} : f32
            %121 = math.tanh %117 {loc = "cell.py:4"} : f32
            %122 = math.tanh %118 {loc = "cell.py:4"} : f32
            %123 = math.tanh %119 {loc = "cell.py:4"} : f32
            scf.yield %120, %121, %122, %123, %92, %93, %94, %95, %99, %100, %101, %102 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
          } {loc = "cell.py:4"}
          %124, %125, %126, %127, %128, %129, %130, %131, %132, %133, %134, %135 = scf.for %136 = %61 to %58 step %33 iter_args(%137 = %62, %138 = %63, %139 = %64, %140 = %65, %141 = %66, %142 = %67, %143 = %68, %144 = %69, %145 = %70, %146 = %71, %147 = %72, %148 = %73) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) {
            %149 = arith.muli %136, %35 {loc = "cell.py:4"} : index
            %150 = arith.addi %149, %33 {loc = "cell.py:4"} : index
            %151 = arith.addi %149, %35 {loc = "cell.py:4"} : index
            %152 = arith.cmpi ult, %151, %41 : index
            %153 = arith.select %152, %151, %41 {loc = "cell.py:4"} : index
            %154 = arith.muli %153, %c1 {loc = "cell.py:4"} : index
            %155 = arith.addi %c0, %154 {loc = "cell.py:4"} : index
            %156, %157, %158, %159 = jic.vector_load %1[%23, %155, %16] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> -> f32, f32, f32, f32
            %160 = arith.addi %150, %35 {loc = "cell.py:4"} : index
            %161 = arith.cmpi ult, %160, %41 : index
            %162 = arith.select %161, %160, %41 {loc = "cell.py:4"} : index
            %163 = arith.muli %162, %c1 {loc = "cell.py:4"} : index
            %164 = arith.addi %c0, %163 {loc = "cell.py:4"} : index
            %165, %166, %167, %168 = jic.vector_load %1[%23, %164, %16] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> -> f32, f32, f32, f32
            %169 = arith.addi %149, %36 {loc = "cell.py:4"} : index
            %170 = arith.muli %149, %c1 {loc = "cell.py:4"} : index
            %171 = arith.addi %c0, %170 {loc = "cell.py:4"} : index
            %172 = arith.addf %141, %137 {loc = "cell.py:4"} : f32
            %173 = arith.addf %142, %138 {loc = "cell.py:4"} : f32
            %174 = arith.addf %143, %139 {loc = "cell.py:4"} : f32
            %175 = arith.addf %144, %140 {loc = "cell.py:4"} : f32
            %176 = math.tanh %172 {loc = "cell.py:4"} : f32
            %177 = math.tanh %173 {loc = "cell.py:4"} : f32
            %178 = math.tanh %174 {loc = "cell.py:4"} : f32
            %179 = math.tanh %175 {loc = "cell.py:4"} : f32
            %180 = arith.muli %150, %c1 {loc = "cell.py:4"} : index
            %181 = arith.addi %c0, %180 {loc = "cell.py:4"} : index
            %182 = arith.addf %145, %176 {loc = "cell.py:4"} : f32
            %183 = arith.addf %146, %177 {loc = "cell.py:4"} : f32
            %184 = arith.addf %147, %178 {loc = "cell.py:4"} : f32
            %185 = arith.addf %148, %179 {loc = "cell.py:4"} : f32
            %186 = math.tanh %182 {loc = "cell.py:4"} : f32
            %187 = math.tanh %183 {loc = "cell.py:4"} : f32
            %188 = math.tanh %184 {loc = "cell.py:4"} : f32
            %189 = math.tanh %185 {loc = "cell.py:4"} : f32
            scf.yield %186, %187, %188, %189, %156, %157, %158, %159, %165, %166, %167, %168 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
          } {loc = "cell.py:4"}
          %190 = arith.muli %58, %35 {loc = "cell.py:4"} : index
          %191 = arith.subi %40, %190 {loc = "cell.py:4"} : index
          %192 = arith.cmpi ult, %34, %191 : index
          %193, %194, %195, %196 = scf.if %192 -> (f32, f32, f32, f32) {
            %197 = arith.muli %190, %c1 {loc = "cell.py:4"} : index
            %198 = arith.addi %c0, %197 {loc = "cell.py:4"} : index
            %199 = arith.addf %128, %124 {loc = "cell.py:4"} : f32
            %200 = arith.addf %129, %125 {loc = "cell.py:4"} : f32
            %201 = arith.addf %130, %126 {loc = "cell.py:4"} : f32
            %202 = arith.addf %131, %127 {loc = "cell.py:4"} : f32
            %203 = math.tanh %199 {loc = "cell.py:4"} : f32
            %204 = math.tanh %200 {loc = "cell.py:4"} : f32
            %205 = math.tanh %201 {loc = "cell.py:4"} : f32
            %206 = math.tanh %202 {loc = "cell.py:4"} : f32
            scf.yield %203, %204, %205, %206 : f32, f32, f32, f32
          } else {
            scf.yield %124, %125, %126, %127 : f32, f32, f32, f32
          }{loc = "cell.py:4"}
          scf.yield %193, %194, %195, %196 : f32, f32, f32, f32
        } else {
          scf.yield %24, %25, %26, %27 : f32, f32, f32, f32
        }{loc = "cell.py:4"}
        jic.vector_store(%29, %30, %31, %32), %2[%23, %16] {loc = "cell.py:4"} : (f32, f32, f32, f32), memref<?x?xf32, strided<[?, ?], offset: ?>>
      }{loc = "cell.py:4"}
      "gpu.return"() : () -> ()
    }) {sym_name = "cell_k0_v4", jic.vector_of = "cell_k0", jic.vector_width = 4 : i64, jic.vector_memrefs = [0 : i64, 1 : i64, 2 : i64]} : () -> ()
  }) : () -> ()
}
