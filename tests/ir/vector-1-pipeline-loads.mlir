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
          %34 = arith.subi %21, %16 {loc = "cell.py:4"} : index
          %35, %36, %37 = scf.for %38 = %15 to %33 step %14 iter_args(%39 = %11, %40 = %27, %41 = %32) -> (f32, f32, f32) {
            %42 = arith.muli %38, %16 {loc = "cell.py:4"} : index
            %43 = arith.addi %42, %14 {loc = "cell.py:4"} : index
            %44 = arith.addi %42, %16 {loc = "cell.py:4"} : index
            %45 = arith.cmpi ult, %44, %34 : index
            %46 = arith.select %45, %44, %34 {loc = "cell.py:4"} : index
            %47 = arith.muli %46, %c1 {loc = "cell.py:4"} : index
            %48 = arith.addi %c0, %47 {loc = "cell.py:4"} : index
            %49 = memref.load %1[%10, %48, %9] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %50 = arith.addi %46, %14 {loc = "cell.py:4"} : index
            %51 = arith.muli %50, %c1 {loc = "cell.py:4"} : index
            %52 = arith.addi %c0, %51 {loc = "cell.py:4"} : index
            %53 = memref.load %1[%10, %52, %9] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %54 = arith.addi %42, %17 {loc = "cell.py:4"} : index
            %55 = arith.cmpi ult, %54, %34 : index
            %56 = arith.select %55, %54, %34 {loc = "cell.py:4"} : index
            %57 = arith.muli %42, %c1 {loc = "cell.py:4"} : index
            %58 = arith.addi %c0, %57 {loc = "cell.py:4"} : index
            %59 = arith.addf %40, %39 {loc = "cell.py:4"} : f32
            %60 = math.tanh %59 {loc = "cell.py:4"} : f32
            %61 = arith.muli %43, %c1 {loc = "cell.py:4"} : index
            %62 = arith.addi %c0, %61 {loc = "cell.py:4"} : index
            %63 = arith.addf %41, %60 {loc = "cell.py:4"} : f32
            %64 = math.tanh %63 {loc = "cell.py:4"} : f32
            scf.yield %64, %49, %53 : f32, f32, f32
          } {loc = "cell.py:4"}
          %65 = arith.muli %33, %16 {loc = "cell.py:4"} : index
          %66 = arith.muli %65, %c1 {loc = "cell.py:4"} : index
          %67 = arith.addi %c0, %66 {loc = "cell.py:4"} : index
          %68 = scf.for %69 = %67 to %5 step %c1 iter_args(%70 = %35) -> (f32) {
            %71 = memref.load %1[%10, %69, %9] {loc = "cell.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %72 = arith.addf %71, %70 {loc = "cell.py:4"} : f32
            %73 = math.tanh %72 {loc = "cell.py:4"} : f32
            scf.yield %73 : f32
          } {loc = "cell.py:4"}
          scf.yield %68 : f32
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
          %59 = arith.subi %40, %35 {loc = "cell.py:4"} : index
          %60, %61, %62, %63, %64, %65, %66, %67, %68, %69, %70, %71 = scf.for %72 = %34 to %58 step %33 iter_args(%73 = %24, %74 = %25, %75 = %26, %76 = %27, %77 = %46, %78 = %47, %79 = %48, %80 = %49, %81 = %54, %82 = %55, %83 = %56, %84 = %57) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) {
            %85 = arith.muli %72, %35 {loc = "cell.py:4"} : index
            %86 = arith.addi %85, %33 {loc = "cell.py:4"} : index
            %87 = arith.addi %85, %35 {loc = "cell.py:4"} : index
            %88 = arith.cmpi ult, %87, %59 : index
            %89 = arith.select %88, %87, %59 {loc = "cell.py:4"} : index
            %90 = arith.muli %89, %c1 {loc = "cell.py:4"} : index
            %91 = arith.addi %c0, %90 {loc = "cell.py:4"} : index
            %92, %93, %94, %95 = jic.vector_load %1[%23, %91, %16] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> -> f32, f32, f32, f32
            %96 = arith.addi %89, %33 {loc = "cell.py:4"} : index
            %97 = arith.muli %96, %c1 {loc = "cell.py:4"} : index
            %98 = arith.addi %c0, %97 {loc = "cell.py:4"} : index
            %99, %100, %101, %102 = jic.vector_load %1[%23, %98, %16] {loc = "cell.py:4", jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> -> f32, f32, f32, f32
            %103 = arith.addi %85, %36 {loc = "cell.py:4"} : index
            %104 = arith.cmpi ult, %103, %59 : index
            %105 = arith.select %104, %103, %59 {loc = "cell.py:4"} : index
            %106 = arith.muli %85, %c1 {loc = "cell.py:4"} : index
            %107 = arith.addi %c0, %106 {loc = "cell.py:4"} : index
            %108 = arith.addf %77, %73 {loc = "cell.py:4"} : f32
            %109 = arith.addf %78, %74 {loc = "cell.py:4"} : f32
            %110 = arith.addf %79, %75 {loc = "cell.py:4"} : f32
            %111 = arith.addf %80, %76 {loc = "cell.py:4"} : f32
            %112 = math.tanh %108 {loc = "cell.py:4"} : f32
            %113 = math.tanh %109 {loc = "cell.py:4"} : f32
            %114 = math.tanh %110 {loc = "cell.py:4"} : f32
            %115 = math.tanh %111 {loc = "cell.py:4"} : f32
            %116 = arith.muli %86, %c1 {loc = "cell.py:4"} : index
            %117 = arith.addi %c0, %116 {loc = "cell.py:4"} : index
            %118 = arith.addf %81, %112 {loc = "cell.py:4"} : f32
            %119 = arith.addf %82, %113 {loc = "cell.py:4"} : f32
            %120 = arith.addf %83, %114 {loc = "cell.py:4"} : f32
            %121 = arith.addf %84, %115 {loc = "cell.py:4"} : f32
            %122 = math.tanh %118 {loc = "cell.py:4"} : f32
            %123 = math.tanh %119 {loc = "cell.py:4"} : f32
            %124 = math.tanh %120 {loc = "cell.py:4"} : f32
            %125 = math.tanh %121 {loc = "cell.py:4"} : f32
            scf.yield %122, %123, %124, %125, %92, %93, %94, %95, %99, %100, %101, %102 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
          } {loc = "cell.py:4"}
          %126 = arith.muli %58, %35 {loc = "cell.py:4"} : index
          %127 = arith.muli %126, %c1 {loc = "cell.py:4"} : index
          %128 = arith.addi %c0, %127 {loc = "cell.py:4"} : index
          %129, %130, %131, %132 = scf.for %133 = %128 to %5 step %c1 iter_args(%134 = %60, %135 = %61, %136 = %62, %137 = %63) -> (f32, f32, f32, f32) {
            %138, %139, %140, %141 = jic.vector_load %1[%23, %133, %16] {loc = "cell.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> -> f32, f32, f32, f32
            %142 = arith.addf %138, %134 {loc = "cell.py:4"} : f32
            %143 = arith.addf %139, %135 {loc = "cell.py:4"} : f32
            %144 = arith.addf %140, %136 {loc = "cell.py:4"} : f32
            %145 = arith.addf %141, %137 {loc = "cell.py:4"} : f32
            %146 = math.tanh %142 {loc = "cell.py:4"} : f32
            %147 = math.tanh %143 {loc = "cell.py:4"} : f32
            %148 = math.tanh %144 {loc = "cell.py:4"} : f32
            %149 = math.tanh %145 {loc = "cell.py:4"} : f32
            scf.yield %146, %147, %148, %149 : f32, f32, f32, f32
          } {loc = "cell.py:4"}
          scf.yield %129, %130, %131, %132 : f32, f32, f32, f32
        } else {
          scf.yield %24, %25, %26, %27 : f32, f32, f32, f32
        }{loc = "cell.py:4"}
        jic.vector_store(%29, %30, %31, %32), %2[%23, %16] {loc = "cell.py:4"} : (f32, f32, f32, f32), memref<?x?xf32, strided<[?, ?], offset: ?>>
      }{loc = "cell.py:4"}
      "gpu.return"() : () -> ()
    }) {sym_name = "cell_k0_v4", jic.vector_of = "cell_k0", jic.vector_width = 4 : i64, jic.vector_memrefs = [0 : i64, 1 : i64, 2 : i64]} : () -> ()
  }) : () -> ()
}
