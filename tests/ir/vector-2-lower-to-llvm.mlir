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
          %94 = arith.muli %93, %c1 {loc = "cell.py:4"} : index
          %95 = arith.addi %c0, %94 {loc = "cell.py:4"} : index
          %96 = scf.for %97 = %95 to %5 step %c1 iter_args(%98 = %63) -> (f32) {
            %99 = memref.load %1[%10, %97, %9] {loc = "cell.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %100 = arith.addf %99, %98 {loc = "cell.py:4"} : f32
            %101 = math.tanh %100 {loc = "cell.py:4"} : f32
            scf.yield %101 : f32
          } {loc = "cell.py:4"}
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
          %191 = arith.muli %190, %c1 {loc = "cell.py:4"} : index
          %192 = arith.addi %c0, %191 {loc = "cell.py:4"} : index
          %193, %194, %195, %196 = scf.for %197 = %192 to %5 step %c1 iter_args(%198 = %124, %199 = %125, %200 = %126, %201 = %127) -> (f32, f32, f32, f32) {
            %202, %203, %204, %205 = jic.vector_load %1[%23, %197, %16] {loc = "cell.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> -> f32, f32, f32, f32
            %206 = arith.addf %202, %198 {loc = "cell.py:4"} : f32
            %207 = arith.addf %203, %199 {loc = "cell.py:4"} : f32
            %208 = arith.addf %204, %200 {loc = "cell.py:4"} : f32
            %209 = arith.addf %205, %201 {loc = "cell.py:4"} : f32
            %210 = math.tanh %206 {loc = "cell.py:4"} : f32
            %211 = math.tanh %207 {loc = "cell.py:4"} : f32
            %212 = math.tanh %208 {loc = "cell.py:4"} : f32
            %213 = math.tanh %209 {loc = "cell.py:4"} : f32
            scf.yield %210, %211, %212, %213 : f32, f32, f32, f32
          } {loc = "cell.py:4"}
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
      %63 = llvm.icmp "ugt" %62, %33 {loc = "cell.py:4"} : i64
      %64 = llvm.sub %62, %33 {loc = "cell.py:4"} : i64
      %65 = llvm.select %63, %64, %32 {loc = "cell.py:4"} : i1, i64
      llvm.br ^bb7(%32, %29, %50, %61 : i64, f32, f32, f32)
    ^bb5:
      llvm.br ^bb6(%29 : f32)
    ^bb6(%66: f32):
      %67 = llvm.mul %24, %8 {loc = "cell.py:4"} : i64
      %68 = llvm.mul %23, %9 {loc = "cell.py:4"} : i64
      %69 = llvm.add %67, %68 {loc = "cell.py:4"} : i64
      %70 = llvm.getelementptr %7[%69] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %66, %70 {loc = "cell.py:4"} : f32, !llvm.ptr
      llvm.br ^bb3
    ^bb7(%71: i64, %72: f32, %73: f32, %74: f32):
      %75 = llvm.icmp "slt" %71, %65 {loc = "cell.py:4"} : i64
      llvm.cond_br %75, ^bb8, ^bb9(%72, %73, %74 : f32, f32, f32)
    ^bb8:
      %76 = llvm.mul %71, %33 {loc = "cell.py:4"} : i64
      %77 = llvm.add %76, %31 {loc = "cell.py:4"} : i64
      %78 = llvm.add %76, %33 {loc = "cell.py:4"} : i64
      %79 = llvm.mul %78, %14 {loc = "cell.py:4"} : i64
      %80 = llvm.add %13, %79 {loc = "cell.py:4"} : i64
      %81 = llvm.mul %24, %4 {loc = "cell.py:4"} : i64
      %82 = llvm.mul %80, %5 {loc = "cell.py:4"} : i64
      %83 = llvm.add %81, %82 {loc = "cell.py:4"} : i64
      %84 = llvm.mul %23, %6 {loc = "cell.py:4"} : i64
      %85 = llvm.add %83, %84 {loc = "cell.py:4"} : i64
      %86 = llvm.getelementptr %3[%85] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %87 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $1; ld.global.nc.f32 $0, [%gp]; }", "=f,l" %86 {loc = "cell.py:4"} : (!llvm.ptr) -> f32
      %88 = llvm.add %77, %33 {loc = "cell.py:4"} : i64
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
      llvm.br ^bb12(%65, %101, %102, %103 : i64, f32, f32, f32)
    ^bb10:
      llvm.call_intrinsic "llvm.trap"() {loc = "cell.py:4"} : () -> ()
      llvm.unreachable
    ^bb11:
      %104 = llvm.add %76, %34 {loc = "cell.py:4"} : i64
      %105 = llvm.mul %76, %14 {loc = "cell.py:4"} : i64
      %106 = llvm.add %13, %105 {loc = "cell.py:4"} : i64
      %107 = llvm.fadd %73, %72 {loc = "cell.py:4"} : f32
      %108 = llvm.call @__nv_tanhf(%107) {loc = "cell.py:4"} : (f32) -> f32
      %109 = llvm.mul %77, %14 {loc = "cell.py:4"} : i64
      %110 = llvm.add %13, %109 {loc = "cell.py:4"} : i64
      %111 = llvm.fadd %74, %108 {loc = "cell.py:4"} : f32
      %112 = llvm.call @__nv_tanhf(%111) {loc = "cell.py:4"} : (f32) -> f32
      %113 = llvm.add %71, %31 {loc = "cell.py:4"} : i64
      llvm.br ^bb7(%113, %112, %87, %97 : i64, f32, f32, f32)
    ^bb12(%114: i64, %115: f32, %116: f32, %117: f32):
      %118 = llvm.icmp "slt" %114, %62 {loc = "cell.py:4"} : i64
      llvm.cond_br %118, ^bb13, ^bb14(%115, %116, %117 : f32, f32, f32)
    ^bb13:
      %119 = llvm.mul %114, %33 {loc = "cell.py:4"} : i64
      %120 = llvm.add %119, %31 {loc = "cell.py:4"} : i64
      %121 = llvm.add %119, %33 {loc = "cell.py:4"} : i64
      %122 = llvm.icmp "ult" %121, %39 {loc = "cell.py:4"} : i64
      %123 = llvm.select %122, %121, %39 {loc = "cell.py:4"} : i1, i64
      %124 = llvm.mul %123, %14 {loc = "cell.py:4"} : i64
      %125 = llvm.add %13, %124 {loc = "cell.py:4"} : i64
      %126 = llvm.mul %24, %4 {loc = "cell.py:4"} : i64
      %127 = llvm.mul %125, %5 {loc = "cell.py:4"} : i64
      %128 = llvm.add %126, %127 {loc = "cell.py:4"} : i64
      %129 = llvm.mul %23, %6 {loc = "cell.py:4"} : i64
      %130 = llvm.add %128, %129 {loc = "cell.py:4"} : i64
      %131 = llvm.getelementptr %3[%130] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %132 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $1; ld.global.nc.f32 $0, [%gp]; }", "=f,l" %131 {loc = "cell.py:4"} : (!llvm.ptr) -> f32
      %133 = llvm.add %120, %33 {loc = "cell.py:4"} : i64
      %134 = llvm.icmp "ult" %133, %39 {loc = "cell.py:4"} : i64
      %135 = llvm.select %134, %133, %39 {loc = "cell.py:4"} : i1, i64
      %136 = llvm.mul %135, %14 {loc = "cell.py:4"} : i64
      %137 = llvm.add %13, %136 {loc = "cell.py:4"} : i64
      %138 = llvm.mul %24, %4 {loc = "cell.py:4"} : i64
      %139 = llvm.mul %137, %5 {loc = "cell.py:4"} : i64
      %140 = llvm.add %138, %139 {loc = "cell.py:4"} : i64
      %141 = llvm.mul %23, %6 {loc = "cell.py:4"} : i64
      %142 = llvm.add %140, %141 {loc = "cell.py:4"} : i64
      %143 = llvm.getelementptr %3[%142] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %144 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $1; ld.global.nc.f32 $0, [%gp]; }", "=f,l" %143 {loc = "cell.py:4"} : (!llvm.ptr) -> f32
      %145 = llvm.ptrtoint %143 {loc = "cell.py:4"} : !llvm.ptr to i64
      %146 = llvm.mlir.constant(0) : i64
      %147 = llvm.icmp "eq" %145, %146 {loc = "cell.py:4"} : i64
      llvm.cond_br %147, ^bb15, ^bb16
    ^bb14(%148: f32, %149: f32, %150: f32):
      %151 = llvm.mul %62, %33 {loc = "cell.py:4"} : i64
      %152 = llvm.mul %151, %14 {loc = "cell.py:4"} : i64
      %153 = llvm.add %13, %152 {loc = "cell.py:4"} : i64
      llvm.br ^bb17(%153, %148 : i64, f32)
    ^bb15:
      llvm.call_intrinsic "llvm.trap"() {loc = "cell.py:4"} : () -> ()
      llvm.unreachable
    ^bb16:
      %154 = llvm.add %119, %34 {loc = "cell.py:4"} : i64
      %155 = llvm.mul %119, %14 {loc = "cell.py:4"} : i64
      %156 = llvm.add %13, %155 {loc = "cell.py:4"} : i64
      %157 = llvm.fadd %116, %115 {loc = "cell.py:4"} : f32
      %158 = llvm.call @__nv_tanhf(%157) {loc = "cell.py:4"} : (f32) -> f32
      %159 = llvm.mul %120, %14 {loc = "cell.py:4"} : i64
      %160 = llvm.add %13, %159 {loc = "cell.py:4"} : i64
      %161 = llvm.fadd %117, %158 {loc = "cell.py:4"} : f32
      %162 = llvm.call @__nv_tanhf(%161) {loc = "cell.py:4"} : (f32) -> f32
      %163 = llvm.add %114, %31 {loc = "cell.py:4"} : i64
      llvm.br ^bb12(%163, %162, %132, %144 : i64, f32, f32, f32)
    ^bb17(%164: i64, %165: f32):
      %166 = llvm.icmp "slt" %164, %12 {loc = "cell.py:4"} : i64
      llvm.cond_br %166, ^bb18, ^bb19(%165 : f32)
    ^bb18:
      %167 = llvm.mul %24, %4 {loc = "cell.py:4"} : i64
      %168 = llvm.mul %164, %5 {loc = "cell.py:4"} : i64
      %169 = llvm.add %167, %168 {loc = "cell.py:4"} : i64
      %170 = llvm.mul %23, %6 {loc = "cell.py:4"} : i64
      %171 = llvm.add %169, %170 {loc = "cell.py:4"} : i64
      %172 = llvm.getelementptr %3[%171] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %173 = llvm.load %172 {loc = "cell.py:4"} : !llvm.ptr -> f32
      %174 = llvm.fadd %173, %165 {loc = "cell.py:4"} : f32
      %175 = llvm.call @__nv_tanhf(%174) {loc = "cell.py:4"} : (f32) -> f32
      %176 = llvm.add %164, %14 {loc = "cell.py:4"} : i64
      llvm.br ^bb17(%176, %175 : i64, f32)
    ^bb19(%177: f32):
      llvm.br ^bb6(%177 : f32)
    }
    llvm.func @cell_k0_v4(%178: !llvm.ptr, %179: i64, %180: i64, %181: !llvm.ptr, %182: i64, %183: i64, %184: i64, %185: !llvm.ptr, %186: i64, %187: i64, %188: i64, %189: i64, %190: i64) attributes {jic.kernel = "cell_k0_v4"} {
      %191 = llvm.mlir.constant(0) : i64
      %192 = llvm.mlir.constant(1) : i64
      %193 = llvm.mlir.constant(4) : i64
      %194 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.tid.x"() {loc = "cell.py:4"} : () -> i32
      %195 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.ctaid.x"() {loc = "cell.py:4"} : () -> i32
      %196 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.ntid.x"() {loc = "cell.py:4"} : () -> i32
      %197 = llvm.mul %195, %196 {loc = "cell.py:4"} : i32
      %198 = llvm.add %197, %194 {loc = "cell.py:4"} : i32
      %199 = llvm.zext %198 {loc = "cell.py:4"} : i32 to i64
      %200 = llvm.udiv %189, %193 {loc = "cell.py:4"} : i64
      %201 = llvm.mul %200, %188 {loc = "cell.py:4"} : i64
      %202 = llvm.icmp "ult" %199, %201 {loc = "cell.py:4"} : i64
      llvm.cond_br %202, ^bb1, ^bb2
    ^bb1:
      %203 = llvm.urem %199, %200 {loc = "cell.py:4"} : i64
      %204 = llvm.udiv %199, %200 {loc = "cell.py:4"} : i64
      %205 = llvm.mul %203, %193 {loc = "cell.py:4"} : i64
      %206 = llvm.mul %204, %189 {loc = "cell.py:4"} : i64
      %207 = llvm.add %206, %205 {loc = "cell.py:4"} : i64
      %208 = llvm.urem %207, %189 {loc = "cell.py:4"} : i64
      %209 = llvm.mlir.constant(1) : i64
      %210 = llvm.add %208, %209 {loc = "cell.py:4"} : i64
      %211 = llvm.mlir.constant(2) : i64
      %212 = llvm.add %208, %211 {loc = "cell.py:4"} : i64
      %213 = llvm.mlir.constant(3) : i64
      %214 = llvm.add %208, %213 {loc = "cell.py:4"} : i64
      %215 = llvm.udiv %207, %189 {loc = "cell.py:4"} : i64
      %216 = llvm.mul %215, %179 {loc = "cell.py:4"} : i64
      %217 = llvm.mul %208, %180 {loc = "cell.py:4"} : i64
      %218 = llvm.add %216, %217 {loc = "cell.py:4"} : i64
      %219 = llvm.getelementptr %178[%218] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %220 = llvm.load %219 {loc = "cell.py:4", alignment = 16 : i64} : !llvm.ptr -> f32
      %221 = llvm.mlir.constant(1) : i64
      %222 = llvm.getelementptr %219[%221] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %223 = llvm.load %222 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %224 = llvm.mlir.constant(2) : i64
      %225 = llvm.getelementptr %219[%224] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %226 = llvm.load %225 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %227 = llvm.mlir.constant(3) : i64
      %228 = llvm.getelementptr %219[%227] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %229 = llvm.load %228 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %230 = llvm.icmp "slt" %191, %190 {loc = "cell.py:4"} : i64
      llvm.cond_br %230, ^bb4, ^bb5
    ^bb2:
      llvm.br ^bb3
    ^bb3:
      llvm.return
    ^bb4:
      %231 = llvm.mlir.constant(1) : i64
      %232 = llvm.mlir.constant(0) : i64
      %233 = llvm.mlir.constant(2) : i64
      %234 = llvm.mlir.constant(4) : i64
      %235 = llvm.sub %190, %191 {loc = "cell.py:4"} : i64
      %236 = llvm.sub %192, %231 {loc = "cell.py:4"} : i64
      %237 = llvm.add %235, %236 {loc = "cell.py:4"} : i64
      %238 = llvm.udiv %237, %192 {loc = "cell.py:4"} : i64
      %239 = llvm.sub %238, %231 {loc = "cell.py:4"} : i64
      %240 = llvm.icmp "ult" %232, %239 {loc = "cell.py:4"} : i64
      %241 = llvm.select %240, %232, %239 {loc = "cell.py:4"} : i1, i64
      %242 = llvm.mul %241, %192 {loc = "cell.py:4"} : i64
      %243 = llvm.add %191, %242 {loc = "cell.py:4"} : i64
      %244 = llvm.mul %215, %182 {loc = "cell.py:4"} : i64
      %245 = llvm.mul %243, %183 {loc = "cell.py:4"} : i64
      %246 = llvm.add %244, %245 {loc = "cell.py:4"} : i64
      %247 = llvm.mul %208, %184 {loc = "cell.py:4"} : i64
      %248 = llvm.add %246, %247 {loc = "cell.py:4"} : i64
      %249 = llvm.getelementptr %181[%248] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %250 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %249 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %251 = llvm.extractvalue %250[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %252 = llvm.extractvalue %250[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %253 = llvm.extractvalue %250[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %254 = llvm.extractvalue %250[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %255 = llvm.icmp "ult" %231, %239 {loc = "cell.py:4"} : i64
      %256 = llvm.select %255, %231, %239 {loc = "cell.py:4"} : i1, i64
      %257 = llvm.mul %256, %192 {loc = "cell.py:4"} : i64
      %258 = llvm.add %191, %257 {loc = "cell.py:4"} : i64
      %259 = llvm.mul %215, %182 {loc = "cell.py:4"} : i64
      %260 = llvm.mul %258, %183 {loc = "cell.py:4"} : i64
      %261 = llvm.add %259, %260 {loc = "cell.py:4"} : i64
      %262 = llvm.mul %208, %184 {loc = "cell.py:4"} : i64
      %263 = llvm.add %261, %262 {loc = "cell.py:4"} : i64
      %264 = llvm.getelementptr %181[%263] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %265 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %264 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %266 = llvm.extractvalue %265[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %267 = llvm.extractvalue %265[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %268 = llvm.extractvalue %265[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %269 = llvm.extractvalue %265[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %270 = llvm.udiv %238, %233 {loc = "cell.py:4"} : i64
      %271 = llvm.icmp "ugt" %270, %233 {loc = "cell.py:4"} : i64
      %272 = llvm.sub %270, %233 {loc = "cell.py:4"} : i64
      %273 = llvm.select %271, %272, %232 {loc = "cell.py:4"} : i1, i64
      llvm.br ^bb7(%232, %220, %223, %226, %229, %251, %252, %253, %254, %266, %267, %268, %269 : i64, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb5:
      llvm.br ^bb6(%220, %223, %226, %229 : f32, f32, f32, f32)
    ^bb6(%274: f32, %275: f32, %276: f32, %277: f32):
      %278 = llvm.mul %215, %186 {loc = "cell.py:4"} : i64
      %279 = llvm.mul %208, %187 {loc = "cell.py:4"} : i64
      %280 = llvm.add %278, %279 {loc = "cell.py:4"} : i64
      %281 = llvm.getelementptr %185[%280] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %274, %281 {loc = "cell.py:4", alignment = 16 : i64} : f32, !llvm.ptr
      %282 = llvm.mlir.constant(1) : i64
      %283 = llvm.getelementptr %281[%282] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %275, %283 {loc = "cell.py:4", alignment = 4 : i64} : f32, !llvm.ptr
      %284 = llvm.mlir.constant(2) : i64
      %285 = llvm.getelementptr %281[%284] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %276, %285 {loc = "cell.py:4", alignment = 4 : i64} : f32, !llvm.ptr
      %286 = llvm.mlir.constant(3) : i64
      %287 = llvm.getelementptr %281[%286] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %277, %287 {loc = "cell.py:4", alignment = 4 : i64} : f32, !llvm.ptr
      llvm.br ^bb3
    ^bb7(%288: i64, %289: f32, %290: f32, %291: f32, %292: f32, %293: f32, %294: f32, %295: f32, %296: f32, %297: f32, %298: f32, %299: f32, %300: f32):
      %301 = llvm.icmp "slt" %288, %273 {loc = "cell.py:4"} : i64
      llvm.cond_br %301, ^bb8, ^bb9(%289, %290, %291, %292, %293, %294, %295, %296, %297, %298, %299, %300 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb8:
      %302 = llvm.mul %288, %233 {loc = "cell.py:4"} : i64
      %303 = llvm.add %302, %231 {loc = "cell.py:4"} : i64
      %304 = llvm.add %302, %233 {loc = "cell.py:4"} : i64
      %305 = llvm.mul %304, %192 {loc = "cell.py:4"} : i64
      %306 = llvm.add %191, %305 {loc = "cell.py:4"} : i64
      %307 = llvm.mul %215, %182 {loc = "cell.py:4"} : i64
      %308 = llvm.mul %306, %183 {loc = "cell.py:4"} : i64
      %309 = llvm.add %307, %308 {loc = "cell.py:4"} : i64
      %310 = llvm.mul %208, %184 {loc = "cell.py:4"} : i64
      %311 = llvm.add %309, %310 {loc = "cell.py:4"} : i64
      %312 = llvm.getelementptr %181[%311] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %313 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %312 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %314 = llvm.extractvalue %313[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %315 = llvm.extractvalue %313[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %316 = llvm.extractvalue %313[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %317 = llvm.extractvalue %313[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %318 = llvm.add %303, %233 {loc = "cell.py:4"} : i64
      %319 = llvm.mul %318, %192 {loc = "cell.py:4"} : i64
      %320 = llvm.add %191, %319 {loc = "cell.py:4"} : i64
      %321 = llvm.mul %215, %182 {loc = "cell.py:4"} : i64
      %322 = llvm.mul %320, %183 {loc = "cell.py:4"} : i64
      %323 = llvm.add %321, %322 {loc = "cell.py:4"} : i64
      %324 = llvm.mul %208, %184 {loc = "cell.py:4"} : i64
      %325 = llvm.add %323, %324 {loc = "cell.py:4"} : i64
      %326 = llvm.getelementptr %181[%325] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %327 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %326 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %328 = llvm.extractvalue %327[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %329 = llvm.extractvalue %327[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %330 = llvm.extractvalue %327[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %331 = llvm.extractvalue %327[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %332 = llvm.ptrtoint %326 {loc = "cell.py:4"} : !llvm.ptr to i64
      %333 = llvm.mlir.constant(0) : i64
      %334 = llvm.icmp "eq" %332, %333 {loc = "cell.py:4"} : i64
      llvm.cond_br %334, ^bb10, ^bb11
    ^bb9(%335: f32, %336: f32, %337: f32, %338: f32, %339: f32, %340: f32, %341: f32, %342: f32, %343: f32, %344: f32, %345: f32, %346: f32):
      llvm.br ^bb12(%273, %335, %336, %337, %338, %339, %340, %341, %342, %343, %344, %345, %346 : i64, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb10:
      llvm.call_intrinsic "llvm.trap"() {loc = "cell.py:4"} : () -> ()
      llvm.unreachable
    ^bb11:
      %347 = llvm.add %302, %234 {loc = "cell.py:4"} : i64
      %348 = llvm.mul %302, %192 {loc = "cell.py:4"} : i64
      %349 = llvm.add %191, %348 {loc = "cell.py:4"} : i64
      %350 = llvm.fadd %293, %289 {loc = "cell.py:4"} : f32
      %351 = llvm.fadd %294, %290 {loc = "cell.py:4"} : f32
      %352 = llvm.fadd %295, %291 {loc = "cell.py:4"} : f32
      %353 = llvm.fadd %296, %292 {loc = "cell.py:4"} : f32
      %354 = llvm.call @__nv_tanhf(%350) {loc = "cell.py:4"} : (f32) -> f32
      %355 = llvm.call @__nv_tanhf(%351) {loc = "cell.py:4"} : (f32) -> f32
      %356 = llvm.call @__nv_tanhf(%352) {loc = "cell.py:4"} : (f32) -> f32
      %357 = llvm.call @__nv_tanhf(%353) {loc = "cell.py:4"} : (f32) -> f32
      %358 = llvm.mul %303, %192 {loc = "cell.py:4"} : i64
      %359 = llvm.add %191, %358 {loc = "cell.py:4"} : i64
      %360 = llvm.fadd %297, %354 {loc = "cell.py:4"} : f32
      %361 = llvm.fadd %298, %355 {loc = "cell.py:4"} : f32
      %362 = llvm.fadd %299, %356 {loc = "cell.py:4"} : f32
      %363 = llvm.fadd %300, %357 {loc = "cell.py:4"} : f32
      %364 = llvm.call @__nv_tanhf(%360) {loc = "cell.py:4"} : (f32) -> f32
      %365 = llvm.call @__nv_tanhf(%361) {loc = "cell.py:4"} : (f32) -> f32
      %366 = llvm.call @__nv_tanhf(%362) {loc = "cell.py:4"} : (f32) -> f32
      %367 = llvm.call @__nv_tanhf(%363) {loc = "cell.py:4"} : (f32) -> f32
      %368 = llvm.add %288, %231 {loc = "cell.py:4"} : i64
      llvm.br ^bb7(%368, %364, %365, %366, %367, %314, %315, %316, %317, %328, %329, %330, %331 : i64, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb12(%369: i64, %370: f32, %371: f32, %372: f32, %373: f32, %374: f32, %375: f32, %376: f32, %377: f32, %378: f32, %379: f32, %380: f32, %381: f32):
      %382 = llvm.icmp "slt" %369, %270 {loc = "cell.py:4"} : i64
      llvm.cond_br %382, ^bb13, ^bb14(%370, %371, %372, %373, %374, %375, %376, %377, %378, %379, %380, %381 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb13:
      %383 = llvm.mul %369, %233 {loc = "cell.py:4"} : i64
      %384 = llvm.add %383, %231 {loc = "cell.py:4"} : i64
      %385 = llvm.add %383, %233 {loc = "cell.py:4"} : i64
      %386 = llvm.icmp "ult" %385, %239 {loc = "cell.py:4"} : i64
      %387 = llvm.select %386, %385, %239 {loc = "cell.py:4"} : i1, i64
      %388 = llvm.mul %387, %192 {loc = "cell.py:4"} : i64
      %389 = llvm.add %191, %388 {loc = "cell.py:4"} : i64
      %390 = llvm.mul %215, %182 {loc = "cell.py:4"} : i64
      %391 = llvm.mul %389, %183 {loc = "cell.py:4"} : i64
      %392 = llvm.add %390, %391 {loc = "cell.py:4"} : i64
      %393 = llvm.mul %208, %184 {loc = "cell.py:4"} : i64
      %394 = llvm.add %392, %393 {loc = "cell.py:4"} : i64
      %395 = llvm.getelementptr %181[%394] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %396 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %395 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %397 = llvm.extractvalue %396[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %398 = llvm.extractvalue %396[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %399 = llvm.extractvalue %396[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %400 = llvm.extractvalue %396[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %401 = llvm.add %384, %233 {loc = "cell.py:4"} : i64
      %402 = llvm.icmp "ult" %401, %239 {loc = "cell.py:4"} : i64
      %403 = llvm.select %402, %401, %239 {loc = "cell.py:4"} : i1, i64
      %404 = llvm.mul %403, %192 {loc = "cell.py:4"} : i64
      %405 = llvm.add %191, %404 {loc = "cell.py:4"} : i64
      %406 = llvm.mul %215, %182 {loc = "cell.py:4"} : i64
      %407 = llvm.mul %405, %183 {loc = "cell.py:4"} : i64
      %408 = llvm.add %406, %407 {loc = "cell.py:4"} : i64
      %409 = llvm.mul %208, %184 {loc = "cell.py:4"} : i64
      %410 = llvm.add %408, %409 {loc = "cell.py:4"} : i64
      %411 = llvm.getelementptr %181[%410] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %412 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %411 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %413 = llvm.extractvalue %412[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %414 = llvm.extractvalue %412[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %415 = llvm.extractvalue %412[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %416 = llvm.extractvalue %412[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %417 = llvm.ptrtoint %411 {loc = "cell.py:4"} : !llvm.ptr to i64
      %418 = llvm.mlir.constant(0) : i64
      %419 = llvm.icmp "eq" %417, %418 {loc = "cell.py:4"} : i64
      llvm.cond_br %419, ^bb15, ^bb16
    ^bb14(%420: f32, %421: f32, %422: f32, %423: f32, %424: f32, %425: f32, %426: f32, %427: f32, %428: f32, %429: f32, %430: f32, %431: f32):
      %432 = llvm.mul %270, %233 {loc = "cell.py:4"} : i64
      %433 = llvm.mul %432, %192 {loc = "cell.py:4"} : i64
      %434 = llvm.add %191, %433 {loc = "cell.py:4"} : i64
      llvm.br ^bb17(%434, %420, %421, %422, %423 : i64, f32, f32, f32, f32)
    ^bb15:
      llvm.call_intrinsic "llvm.trap"() {loc = "cell.py:4"} : () -> ()
      llvm.unreachable
    ^bb16:
      %435 = llvm.add %383, %234 {loc = "cell.py:4"} : i64
      %436 = llvm.mul %383, %192 {loc = "cell.py:4"} : i64
      %437 = llvm.add %191, %436 {loc = "cell.py:4"} : i64
      %438 = llvm.fadd %374, %370 {loc = "cell.py:4"} : f32
      %439 = llvm.fadd %375, %371 {loc = "cell.py:4"} : f32
      %440 = llvm.fadd %376, %372 {loc = "cell.py:4"} : f32
      %441 = llvm.fadd %377, %373 {loc = "cell.py:4"} : f32
      %442 = llvm.call @__nv_tanhf(%438) {loc = "cell.py:4"} : (f32) -> f32
      %443 = llvm.call @__nv_tanhf(%439) {loc = "cell.py:4"} : (f32) -> f32
      %444 = llvm.call @__nv_tanhf(%440) {loc = "cell.py:4"} : (f32) -> f32
      %445 = llvm.call @__nv_tanhf(%441) {loc = "cell.py:4"} : (f32) -> f32
      %446 = llvm.mul %384, %192 {loc = "cell.py:4"} : i64
      %447 = llvm.add %191, %446 {loc = "cell.py:4"} : i64
      %448 = llvm.fadd %378, %442 {loc = "cell.py:4"} : f32
      %449 = llvm.fadd %379, %443 {loc = "cell.py:4"} : f32
      %450 = llvm.fadd %380, %444 {loc = "cell.py:4"} : f32
      %451 = llvm.fadd %381, %445 {loc = "cell.py:4"} : f32
      %452 = llvm.call @__nv_tanhf(%448) {loc = "cell.py:4"} : (f32) -> f32
      %453 = llvm.call @__nv_tanhf(%449) {loc = "cell.py:4"} : (f32) -> f32
      %454 = llvm.call @__nv_tanhf(%450) {loc = "cell.py:4"} : (f32) -> f32
      %455 = llvm.call @__nv_tanhf(%451) {loc = "cell.py:4"} : (f32) -> f32
      %456 = llvm.add %369, %231 {loc = "cell.py:4"} : i64
      llvm.br ^bb12(%456, %452, %453, %454, %455, %397, %398, %399, %400, %413, %414, %415, %416 : i64, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb17(%457: i64, %458: f32, %459: f32, %460: f32, %461: f32):
      %462 = llvm.icmp "slt" %457, %190 {loc = "cell.py:4"} : i64
      llvm.cond_br %462, ^bb18, ^bb19(%458, %459, %460, %461 : f32, f32, f32, f32)
    ^bb18:
      %463 = llvm.mul %215, %182 {loc = "cell.py:4"} : i64
      %464 = llvm.mul %457, %183 {loc = "cell.py:4"} : i64
      %465 = llvm.add %463, %464 {loc = "cell.py:4"} : i64
      %466 = llvm.mul %208, %184 {loc = "cell.py:4"} : i64
      %467 = llvm.add %465, %466 {loc = "cell.py:4"} : i64
      %468 = llvm.getelementptr %181[%467] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %469 = llvm.load %468 {loc = "cell.py:4", alignment = 16 : i64} : !llvm.ptr -> f32
      %470 = llvm.mlir.constant(1) : i64
      %471 = llvm.getelementptr %468[%470] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %472 = llvm.load %471 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %473 = llvm.mlir.constant(2) : i64
      %474 = llvm.getelementptr %468[%473] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %475 = llvm.load %474 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %476 = llvm.mlir.constant(3) : i64
      %477 = llvm.getelementptr %468[%476] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %478 = llvm.load %477 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %479 = llvm.fadd %469, %458 {loc = "cell.py:4"} : f32
      %480 = llvm.fadd %472, %459 {loc = "cell.py:4"} : f32
      %481 = llvm.fadd %475, %460 {loc = "cell.py:4"} : f32
      %482 = llvm.fadd %478, %461 {loc = "cell.py:4"} : f32
      %483 = llvm.call @__nv_tanhf(%479) {loc = "cell.py:4"} : (f32) -> f32
      %484 = llvm.call @__nv_tanhf(%480) {loc = "cell.py:4"} : (f32) -> f32
      %485 = llvm.call @__nv_tanhf(%481) {loc = "cell.py:4"} : (f32) -> f32
      %486 = llvm.call @__nv_tanhf(%482) {loc = "cell.py:4"} : (f32) -> f32
      %487 = llvm.add %457, %192 {loc = "cell.py:4"} : i64
      llvm.br ^bb17(%487, %483, %484, %485, %486 : i64, f32, f32, f32, f32)
    ^bb19(%488: f32, %489: f32, %490: f32, %491: f32):
      llvm.br ^bb6(%488, %489, %490, %491 : f32, f32, f32, f32)
    }
  }) {jic.target = "nvptx"} : () -> ()
}
