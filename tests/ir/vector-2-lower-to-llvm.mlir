// PASS: lower-to-llvm{target=nvptx}
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
      %30 = llvm.icmp "slt" %13, %12 {loc = "cell.py:4"} : i64
      llvm.cond_br %30, ^bb4, ^bb5
    ^bb2:
      llvm.br ^bb3
    ^bb3:
      llvm.return
    ^bb4:
      %31 = llvm.mlir.constant(1) : i64
      %32 = llvm.mlir.constant(0) : i64
      %33 = llvm.mlir.constant(2) : i64
      %34 = llvm.mlir.constant(4) : i64
      %35 = llvm.sub %12, %13 {loc = "cell.py:4"} : i64
      %36 = llvm.sub %14, %31 {loc = "cell.py:4"} : i64
      %37 = llvm.add %35, %36 {loc = "cell.py:4"} : i64
      %38 = llvm.udiv %37, %14 {loc = "cell.py:4"} : i64
      %39 = llvm.sub %38, %31 {loc = "cell.py:4"} : i64
      %40 = llvm.icmp "ult" %32, %39 {loc = "cell.py:4"} : i64
      %41 = llvm.select %40, %32, %39 {loc = "cell.py:4"} : i1, i64
      %42 = llvm.mul %41, %14 {loc = "cell.py:4"} : i64
      %43 = llvm.add %13, %42 {loc = "cell.py:4"} : i64
      %44 = llvm.mul %24, %4 {loc = "cell.py:4"} : i64
      %45 = llvm.mul %43, %5 {loc = "cell.py:4"} : i64
      %46 = llvm.add %44, %45 {loc = "cell.py:4"} : i64
      %47 = llvm.mul %23, %6 {loc = "cell.py:4"} : i64
      %48 = llvm.add %46, %47 {loc = "cell.py:4"} : i64
      %49 = llvm.getelementptr %3[%48] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %50 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $1; ld.global.nc.f32 $0, [%gp]; }", "=f,l" %49 {loc = "cell.py:4"} : (!llvm.ptr) -> f32
      %51 = llvm.icmp "ult" %31, %39 {loc = "cell.py:4"} : i64
      %52 = llvm.select %51, %31, %39 {loc = "cell.py:4"} : i1, i64
      %53 = llvm.mul %52, %14 {loc = "cell.py:4"} : i64
      %54 = llvm.add %13, %53 {loc = "cell.py:4"} : i64
      %55 = llvm.mul %24, %4 {loc = "cell.py:4"} : i64
      %56 = llvm.mul %54, %5 {loc = "cell.py:4"} : i64
      %57 = llvm.add %55, %56 {loc = "cell.py:4"} : i64
      %58 = llvm.mul %23, %6 {loc = "cell.py:4"} : i64
      %59 = llvm.add %57, %58 {loc = "cell.py:4"} : i64
      %60 = llvm.getelementptr %3[%59] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %61 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $1; ld.global.nc.f32 $0, [%gp]; }", "=f,l" %60 {loc = "cell.py:4"} : (!llvm.ptr) -> f32
      %62 = llvm.udiv %38, %33 {loc = "cell.py:4"} : i64
      %63 = llvm.sub %38, %33 {loc = "cell.py:4"} : i64
      llvm.br ^bb7(%32, %29, %50, %61 : i64, f32, f32, f32)
    ^bb5:
      llvm.br ^bb6(%29 : f32)
    ^bb6(%64: f32):
      %65 = llvm.mul %24, %8 {loc = "cell.py:4"} : i64
      %66 = llvm.mul %23, %9 {loc = "cell.py:4"} : i64
      %67 = llvm.add %65, %66 {loc = "cell.py:4"} : i64
      %68 = llvm.getelementptr %7[%67] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %64, %68 {loc = "cell.py:4"} : f32, !llvm.ptr
      llvm.br ^bb3
    ^bb7(%69: i64, %70: f32, %71: f32, %72: f32):
      %73 = llvm.icmp "slt" %69, %62 {loc = "cell.py:4"} : i64
      llvm.cond_br %73, ^bb8, ^bb9(%70, %71, %72 : f32, f32, f32)
    ^bb8:
      %74 = llvm.mul %69, %33 {loc = "cell.py:4"} : i64
      %75 = llvm.add %74, %31 {loc = "cell.py:4"} : i64
      %76 = llvm.add %74, %33 {loc = "cell.py:4"} : i64
      %77 = llvm.icmp "ult" %76, %63 {loc = "cell.py:4"} : i64
      %78 = llvm.select %77, %76, %63 {loc = "cell.py:4"} : i1, i64
      %79 = llvm.mul %78, %14 {loc = "cell.py:4"} : i64
      %80 = llvm.add %13, %79 {loc = "cell.py:4"} : i64
      %81 = llvm.mul %24, %4 {loc = "cell.py:4"} : i64
      %82 = llvm.mul %80, %5 {loc = "cell.py:4"} : i64
      %83 = llvm.add %81, %82 {loc = "cell.py:4"} : i64
      %84 = llvm.mul %23, %6 {loc = "cell.py:4"} : i64
      %85 = llvm.add %83, %84 {loc = "cell.py:4"} : i64
      %86 = llvm.getelementptr %3[%85] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %87 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $1; ld.global.nc.f32 $0, [%gp]; }", "=f,l" %86 {loc = "cell.py:4"} : (!llvm.ptr) -> f32
      %88 = llvm.add %78, %31 {loc = "cell.py:4"} : i64
      %89 = llvm.mul %88, %14 {loc = "cell.py:4"} : i64
      %90 = llvm.add %13, %89 {loc = "cell.py:4"} : i64
      %91 = llvm.mul %24, %4 {loc = "cell.py:4"} : i64
      %92 = llvm.mul %90, %5 {loc = "cell.py:4"} : i64
      %93 = llvm.add %91, %92 {loc = "cell.py:4"} : i64
      %94 = llvm.mul %23, %6 {loc = "cell.py:4"} : i64
      %95 = llvm.add %93, %94 {loc = "cell.py:4"} : i64
      %96 = llvm.getelementptr %3[%95] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %97 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $1; ld.global.nc.f32 $0, [%gp]; }", "=f,l" %96 {loc = "cell.py:4"} : (!llvm.ptr) -> f32
      %98 = llvm.ptrtoint %96 {loc = "cell.py:4"} : !llvm.ptr to i64
      %99 = llvm.mlir.constant(0) : i64
      %100 = llvm.icmp "eq" %98, %99 {loc = "cell.py:4"} : i64
      llvm.cond_br %100, ^bb10, ^bb11
    ^bb9(%101: f32, %102: f32, %103: f32):
      %104 = llvm.mul %62, %33 {loc = "cell.py:4"} : i64
      %105 = llvm.mul %104, %14 {loc = "cell.py:4"} : i64
      %106 = llvm.add %13, %105 {loc = "cell.py:4"} : i64
      llvm.br ^bb12(%106, %101 : i64, f32)
    ^bb10:
      llvm.call_intrinsic "llvm.trap"() {loc = "cell.py:4"} : () -> ()
      llvm.unreachable
    ^bb11:
      %107 = llvm.add %74, %34 {loc = "cell.py:4"} : i64
      %108 = llvm.icmp "ult" %107, %63 {loc = "cell.py:4"} : i64
      %109 = llvm.select %108, %107, %63 {loc = "cell.py:4"} : i1, i64
      %110 = llvm.mul %74, %14 {loc = "cell.py:4"} : i64
      %111 = llvm.add %13, %110 {loc = "cell.py:4"} : i64
      %112 = llvm.fadd %71, %70 {loc = "cell.py:4"} : f32
      %113 = llvm.call @__nv_tanhf(%112) {loc = "cell.py:4"} : (f32) -> f32
      %114 = llvm.mul %75, %14 {loc = "cell.py:4"} : i64
      %115 = llvm.add %13, %114 {loc = "cell.py:4"} : i64
      %116 = llvm.fadd %72, %113 {loc = "cell.py:4"} : f32
      %117 = llvm.call @__nv_tanhf(%116) {loc = "cell.py:4"} : (f32) -> f32
      %118 = llvm.add %69, %31 {loc = "cell.py:4"} : i64
      llvm.br ^bb7(%118, %117, %87, %97 : i64, f32, f32, f32)
    ^bb12(%119: i64, %120: f32):
      %121 = llvm.icmp "slt" %119, %12 {loc = "cell.py:4"} : i64
      llvm.cond_br %121, ^bb13, ^bb14(%120 : f32)
    ^bb13:
      %122 = llvm.mul %24, %4 {loc = "cell.py:4"} : i64
      %123 = llvm.mul %119, %5 {loc = "cell.py:4"} : i64
      %124 = llvm.add %122, %123 {loc = "cell.py:4"} : i64
      %125 = llvm.mul %23, %6 {loc = "cell.py:4"} : i64
      %126 = llvm.add %124, %125 {loc = "cell.py:4"} : i64
      %127 = llvm.getelementptr %3[%126] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %128 = llvm.load %127 {loc = "cell.py:4"} : !llvm.ptr -> f32
      %129 = llvm.fadd %128, %120 {loc = "cell.py:4"} : f32
      %130 = llvm.call @__nv_tanhf(%129) {loc = "cell.py:4"} : (f32) -> f32
      %131 = llvm.add %119, %14 {loc = "cell.py:4"} : i64
      llvm.br ^bb12(%131, %130 : i64, f32)
    ^bb14(%132: f32):
      llvm.br ^bb6(%132 : f32)
    }
    llvm.func @cell_k0_v4(%133: !llvm.ptr, %134: i64, %135: i64, %136: !llvm.ptr, %137: i64, %138: i64, %139: i64, %140: !llvm.ptr, %141: i64, %142: i64, %143: i64, %144: i64, %145: i64) attributes {jic.kernel = "cell_k0_v4"} {
      %146 = llvm.mlir.constant(0) : i64
      %147 = llvm.mlir.constant(1) : i64
      %148 = llvm.mlir.constant(4) : i64
      %149 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.tid.x"() {loc = "cell.py:4"} : () -> i32
      %150 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.ctaid.x"() {loc = "cell.py:4"} : () -> i32
      %151 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.ntid.x"() {loc = "cell.py:4"} : () -> i32
      %152 = llvm.mul %150, %151 {loc = "cell.py:4"} : i32
      %153 = llvm.add %152, %149 {loc = "cell.py:4"} : i32
      %154 = llvm.zext %153 {loc = "cell.py:4"} : i32 to i64
      %155 = llvm.udiv %144, %148 {loc = "cell.py:4"} : i64
      %156 = llvm.mul %155, %143 {loc = "cell.py:4"} : i64
      %157 = llvm.icmp "ult" %154, %156 {loc = "cell.py:4"} : i64
      llvm.cond_br %157, ^bb1, ^bb2
    ^bb1:
      %158 = llvm.urem %154, %155 {loc = "cell.py:4"} : i64
      %159 = llvm.udiv %154, %155 {loc = "cell.py:4"} : i64
      %160 = llvm.mul %158, %148 {loc = "cell.py:4"} : i64
      %161 = llvm.mul %159, %144 {loc = "cell.py:4"} : i64
      %162 = llvm.add %161, %160 {loc = "cell.py:4"} : i64
      %163 = llvm.urem %162, %144 {loc = "cell.py:4"} : i64
      %164 = llvm.mlir.constant(1) : i64
      %165 = llvm.add %163, %164 {loc = "cell.py:4"} : i64
      %166 = llvm.mlir.constant(2) : i64
      %167 = llvm.add %163, %166 {loc = "cell.py:4"} : i64
      %168 = llvm.mlir.constant(3) : i64
      %169 = llvm.add %163, %168 {loc = "cell.py:4"} : i64
      %170 = llvm.udiv %162, %144 {loc = "cell.py:4"} : i64
      %171 = llvm.mul %170, %134 {loc = "cell.py:4"} : i64
      %172 = llvm.mul %163, %135 {loc = "cell.py:4"} : i64
      %173 = llvm.add %171, %172 {loc = "cell.py:4"} : i64
      %174 = llvm.getelementptr %133[%173] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %175 = llvm.load %174 {loc = "cell.py:4", alignment = 16 : i64} : !llvm.ptr -> f32
      %176 = llvm.mlir.constant(1) : i64
      %177 = llvm.getelementptr %174[%176] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %178 = llvm.load %177 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %179 = llvm.mlir.constant(2) : i64
      %180 = llvm.getelementptr %174[%179] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %181 = llvm.load %180 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %182 = llvm.mlir.constant(3) : i64
      %183 = llvm.getelementptr %174[%182] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %184 = llvm.load %183 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %185 = llvm.icmp "slt" %146, %145 {loc = "cell.py:4"} : i64
      llvm.cond_br %185, ^bb4, ^bb5
    ^bb2:
      llvm.br ^bb3
    ^bb3:
      llvm.return
    ^bb4:
      %186 = llvm.mlir.constant(1) : i64
      %187 = llvm.mlir.constant(0) : i64
      %188 = llvm.mlir.constant(2) : i64
      %189 = llvm.mlir.constant(4) : i64
      %190 = llvm.sub %145, %146 {loc = "cell.py:4"} : i64
      %191 = llvm.sub %147, %186 {loc = "cell.py:4"} : i64
      %192 = llvm.add %190, %191 {loc = "cell.py:4"} : i64
      %193 = llvm.udiv %192, %147 {loc = "cell.py:4"} : i64
      %194 = llvm.sub %193, %186 {loc = "cell.py:4"} : i64
      %195 = llvm.icmp "ult" %187, %194 {loc = "cell.py:4"} : i64
      %196 = llvm.select %195, %187, %194 {loc = "cell.py:4"} : i1, i64
      %197 = llvm.mul %196, %147 {loc = "cell.py:4"} : i64
      %198 = llvm.add %146, %197 {loc = "cell.py:4"} : i64
      %199 = llvm.mul %170, %137 {loc = "cell.py:4"} : i64
      %200 = llvm.mul %198, %138 {loc = "cell.py:4"} : i64
      %201 = llvm.add %199, %200 {loc = "cell.py:4"} : i64
      %202 = llvm.mul %163, %139 {loc = "cell.py:4"} : i64
      %203 = llvm.add %201, %202 {loc = "cell.py:4"} : i64
      %204 = llvm.getelementptr %136[%203] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %205 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %204 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %206 = llvm.extractvalue %205[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %207 = llvm.extractvalue %205[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %208 = llvm.extractvalue %205[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %209 = llvm.extractvalue %205[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %210 = llvm.icmp "ult" %186, %194 {loc = "cell.py:4"} : i64
      %211 = llvm.select %210, %186, %194 {loc = "cell.py:4"} : i1, i64
      %212 = llvm.mul %211, %147 {loc = "cell.py:4"} : i64
      %213 = llvm.add %146, %212 {loc = "cell.py:4"} : i64
      %214 = llvm.mul %170, %137 {loc = "cell.py:4"} : i64
      %215 = llvm.mul %213, %138 {loc = "cell.py:4"} : i64
      %216 = llvm.add %214, %215 {loc = "cell.py:4"} : i64
      %217 = llvm.mul %163, %139 {loc = "cell.py:4"} : i64
      %218 = llvm.add %216, %217 {loc = "cell.py:4"} : i64
      %219 = llvm.getelementptr %136[%218] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %220 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %219 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %221 = llvm.extractvalue %220[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %222 = llvm.extractvalue %220[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %223 = llvm.extractvalue %220[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %224 = llvm.extractvalue %220[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %225 = llvm.udiv %193, %188 {loc = "cell.py:4"} : i64
      %226 = llvm.sub %193, %188 {loc = "cell.py:4"} : i64
      llvm.br ^bb7(%187, %175, %178, %181, %184, %206, %207, %208, %209, %221, %222, %223, %224 : i64, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb5:
      llvm.br ^bb6(%175, %178, %181, %184 : f32, f32, f32, f32)
    ^bb6(%227: f32, %228: f32, %229: f32, %230: f32):
      %231 = llvm.mul %170, %141 {loc = "cell.py:4"} : i64
      %232 = llvm.mul %163, %142 {loc = "cell.py:4"} : i64
      %233 = llvm.add %231, %232 {loc = "cell.py:4"} : i64
      %234 = llvm.getelementptr %140[%233] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %227, %234 {loc = "cell.py:4", alignment = 16 : i64} : f32, !llvm.ptr
      %235 = llvm.mlir.constant(1) : i64
      %236 = llvm.getelementptr %234[%235] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %228, %236 {loc = "cell.py:4", alignment = 4 : i64} : f32, !llvm.ptr
      %237 = llvm.mlir.constant(2) : i64
      %238 = llvm.getelementptr %234[%237] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %229, %238 {loc = "cell.py:4", alignment = 4 : i64} : f32, !llvm.ptr
      %239 = llvm.mlir.constant(3) : i64
      %240 = llvm.getelementptr %234[%239] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %230, %240 {loc = "cell.py:4", alignment = 4 : i64} : f32, !llvm.ptr
      llvm.br ^bb3
    ^bb7(%241: i64, %242: f32, %243: f32, %244: f32, %245: f32, %246: f32, %247: f32, %248: f32, %249: f32, %250: f32, %251: f32, %252: f32, %253: f32):
      %254 = llvm.icmp "slt" %241, %225 {loc = "cell.py:4"} : i64
      llvm.cond_br %254, ^bb8, ^bb9(%242, %243, %244, %245, %246, %247, %248, %249, %250, %251, %252, %253 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb8:
      %255 = llvm.mul %241, %188 {loc = "cell.py:4"} : i64
      %256 = llvm.add %255, %186 {loc = "cell.py:4"} : i64
      %257 = llvm.add %255, %188 {loc = "cell.py:4"} : i64
      %258 = llvm.icmp "ult" %257, %226 {loc = "cell.py:4"} : i64
      %259 = llvm.select %258, %257, %226 {loc = "cell.py:4"} : i1, i64
      %260 = llvm.mul %259, %147 {loc = "cell.py:4"} : i64
      %261 = llvm.add %146, %260 {loc = "cell.py:4"} : i64
      %262 = llvm.mul %170, %137 {loc = "cell.py:4"} : i64
      %263 = llvm.mul %261, %138 {loc = "cell.py:4"} : i64
      %264 = llvm.add %262, %263 {loc = "cell.py:4"} : i64
      %265 = llvm.mul %163, %139 {loc = "cell.py:4"} : i64
      %266 = llvm.add %264, %265 {loc = "cell.py:4"} : i64
      %267 = llvm.getelementptr %136[%266] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %268 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %267 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %269 = llvm.extractvalue %268[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %270 = llvm.extractvalue %268[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %271 = llvm.extractvalue %268[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %272 = llvm.extractvalue %268[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %273 = llvm.add %259, %186 {loc = "cell.py:4"} : i64
      %274 = llvm.mul %273, %147 {loc = "cell.py:4"} : i64
      %275 = llvm.add %146, %274 {loc = "cell.py:4"} : i64
      %276 = llvm.mul %170, %137 {loc = "cell.py:4"} : i64
      %277 = llvm.mul %275, %138 {loc = "cell.py:4"} : i64
      %278 = llvm.add %276, %277 {loc = "cell.py:4"} : i64
      %279 = llvm.mul %163, %139 {loc = "cell.py:4"} : i64
      %280 = llvm.add %278, %279 {loc = "cell.py:4"} : i64
      %281 = llvm.getelementptr %136[%280] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %282 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %281 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %283 = llvm.extractvalue %282[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %284 = llvm.extractvalue %282[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %285 = llvm.extractvalue %282[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %286 = llvm.extractvalue %282[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %287 = llvm.ptrtoint %281 {loc = "cell.py:4"} : !llvm.ptr to i64
      %288 = llvm.mlir.constant(0) : i64
      %289 = llvm.icmp "eq" %287, %288 {loc = "cell.py:4"} : i64
      llvm.cond_br %289, ^bb10, ^bb11
    ^bb9(%290: f32, %291: f32, %292: f32, %293: f32, %294: f32, %295: f32, %296: f32, %297: f32, %298: f32, %299: f32, %300: f32, %301: f32):
      %302 = llvm.mul %225, %188 {loc = "cell.py:4"} : i64
      %303 = llvm.mul %302, %147 {loc = "cell.py:4"} : i64
      %304 = llvm.add %146, %303 {loc = "cell.py:4"} : i64
      llvm.br ^bb12(%304, %290, %291, %292, %293 : i64, f32, f32, f32, f32)
    ^bb10:
      llvm.call_intrinsic "llvm.trap"() {loc = "cell.py:4"} : () -> ()
      llvm.unreachable
    ^bb11:
      %305 = llvm.add %255, %189 {loc = "cell.py:4"} : i64
      %306 = llvm.icmp "ult" %305, %226 {loc = "cell.py:4"} : i64
      %307 = llvm.select %306, %305, %226 {loc = "cell.py:4"} : i1, i64
      %308 = llvm.mul %255, %147 {loc = "cell.py:4"} : i64
      %309 = llvm.add %146, %308 {loc = "cell.py:4"} : i64
      %310 = llvm.fadd %246, %242 {loc = "cell.py:4"} : f32
      %311 = llvm.fadd %247, %243 {loc = "cell.py:4"} : f32
      %312 = llvm.fadd %248, %244 {loc = "cell.py:4"} : f32
      %313 = llvm.fadd %249, %245 {loc = "cell.py:4"} : f32
      %314 = llvm.call @__nv_tanhf(%310) {loc = "cell.py:4"} : (f32) -> f32
      %315 = llvm.call @__nv_tanhf(%311) {loc = "cell.py:4"} : (f32) -> f32
      %316 = llvm.call @__nv_tanhf(%312) {loc = "cell.py:4"} : (f32) -> f32
      %317 = llvm.call @__nv_tanhf(%313) {loc = "cell.py:4"} : (f32) -> f32
      %318 = llvm.mul %256, %147 {loc = "cell.py:4"} : i64
      %319 = llvm.add %146, %318 {loc = "cell.py:4"} : i64
      %320 = llvm.fadd %250, %314 {loc = "cell.py:4"} : f32
      %321 = llvm.fadd %251, %315 {loc = "cell.py:4"} : f32
      %322 = llvm.fadd %252, %316 {loc = "cell.py:4"} : f32
      %323 = llvm.fadd %253, %317 {loc = "cell.py:4"} : f32
      %324 = llvm.call @__nv_tanhf(%320) {loc = "cell.py:4"} : (f32) -> f32
      %325 = llvm.call @__nv_tanhf(%321) {loc = "cell.py:4"} : (f32) -> f32
      %326 = llvm.call @__nv_tanhf(%322) {loc = "cell.py:4"} : (f32) -> f32
      %327 = llvm.call @__nv_tanhf(%323) {loc = "cell.py:4"} : (f32) -> f32
      %328 = llvm.add %241, %186 {loc = "cell.py:4"} : i64
      llvm.br ^bb7(%328, %324, %325, %326, %327, %269, %270, %271, %272, %283, %284, %285, %286 : i64, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb12(%329: i64, %330: f32, %331: f32, %332: f32, %333: f32):
      %334 = llvm.icmp "slt" %329, %145 {loc = "cell.py:4"} : i64
      llvm.cond_br %334, ^bb13, ^bb14(%330, %331, %332, %333 : f32, f32, f32, f32)
    ^bb13:
      %335 = llvm.mul %170, %137 {loc = "cell.py:4"} : i64
      %336 = llvm.mul %329, %138 {loc = "cell.py:4"} : i64
      %337 = llvm.add %335, %336 {loc = "cell.py:4"} : i64
      %338 = llvm.mul %163, %139 {loc = "cell.py:4"} : i64
      %339 = llvm.add %337, %338 {loc = "cell.py:4"} : i64
      %340 = llvm.getelementptr %136[%339] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %341 = llvm.load %340 {loc = "cell.py:4", alignment = 16 : i64} : !llvm.ptr -> f32
      %342 = llvm.mlir.constant(1) : i64
      %343 = llvm.getelementptr %340[%342] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %344 = llvm.load %343 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %345 = llvm.mlir.constant(2) : i64
      %346 = llvm.getelementptr %340[%345] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %347 = llvm.load %346 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %348 = llvm.mlir.constant(3) : i64
      %349 = llvm.getelementptr %340[%348] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %350 = llvm.load %349 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %351 = llvm.fadd %341, %330 {loc = "cell.py:4"} : f32
      %352 = llvm.fadd %344, %331 {loc = "cell.py:4"} : f32
      %353 = llvm.fadd %347, %332 {loc = "cell.py:4"} : f32
      %354 = llvm.fadd %350, %333 {loc = "cell.py:4"} : f32
      %355 = llvm.call @__nv_tanhf(%351) {loc = "cell.py:4"} : (f32) -> f32
      %356 = llvm.call @__nv_tanhf(%352) {loc = "cell.py:4"} : (f32) -> f32
      %357 = llvm.call @__nv_tanhf(%353) {loc = "cell.py:4"} : (f32) -> f32
      %358 = llvm.call @__nv_tanhf(%354) {loc = "cell.py:4"} : (f32) -> f32
      %359 = llvm.add %329, %147 {loc = "cell.py:4"} : i64
      llvm.br ^bb12(%359, %355, %356, %357, %358 : i64, f32, f32, f32, f32)
    ^bb14(%360: f32, %361: f32, %362: f32, %363: f32):
      llvm.br ^bb6(%360, %361, %362, %363 : f32, f32, f32, f32)
    }
  }) {jic.target = "nvptx"} : () -> ()
}
