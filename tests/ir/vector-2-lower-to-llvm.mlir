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
      %152 = llvm.sub %38, %151 {loc = "cell.py:4"} : i64
      %153 = llvm.icmp "ult" %32, %152 {loc = "cell.py:4"} : i64
      llvm.cond_br %153, ^bb17, ^bb18
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
    ^bb17:
      %164 = llvm.mul %151, %14 {loc = "cell.py:4"} : i64
      %165 = llvm.add %13, %164 {loc = "cell.py:4"} : i64
      %166 = llvm.fadd %149, %148 {loc = "cell.py:4"} : f32
      %167 = llvm.call @__nv_tanhf(%166) {loc = "cell.py:4"} : (f32) -> f32
      llvm.br ^bb19(%167 : f32)
    ^bb18:
      llvm.br ^bb19(%148 : f32)
    ^bb19(%168: f32):
      llvm.br ^bb6(%168 : f32)
    }
    llvm.func @cell_k0_v4(%169: !llvm.ptr, %170: i64, %171: i64, %172: !llvm.ptr, %173: i64, %174: i64, %175: i64, %176: !llvm.ptr, %177: i64, %178: i64, %179: i64, %180: i64, %181: i64) attributes {jic.kernel = "cell_k0_v4"} {
      %182 = llvm.mlir.constant(0) : i64
      %183 = llvm.mlir.constant(1) : i64
      %184 = llvm.mlir.constant(4) : i64
      %185 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.tid.x"() {loc = "cell.py:4"} : () -> i32
      %186 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.ctaid.x"() {loc = "cell.py:4"} : () -> i32
      %187 = llvm.call_intrinsic "llvm.nvvm.read.ptx.sreg.ntid.x"() {loc = "cell.py:4"} : () -> i32
      %188 = llvm.mul %186, %187 {loc = "cell.py:4"} : i32
      %189 = llvm.add %188, %185 {loc = "cell.py:4"} : i32
      %190 = llvm.zext %189 {loc = "cell.py:4"} : i32 to i64
      %191 = llvm.udiv %180, %184 {loc = "cell.py:4"} : i64
      %192 = llvm.mul %191, %179 {loc = "cell.py:4"} : i64
      %193 = llvm.icmp "ult" %190, %192 {loc = "cell.py:4"} : i64
      llvm.cond_br %193, ^bb1, ^bb2
    ^bb1:
      %194 = llvm.urem %190, %191 {loc = "cell.py:4"} : i64
      %195 = llvm.udiv %190, %191 {loc = "cell.py:4"} : i64
      %196 = llvm.mul %194, %184 {loc = "cell.py:4"} : i64
      %197 = llvm.mul %195, %180 {loc = "cell.py:4"} : i64
      %198 = llvm.add %197, %196 {loc = "cell.py:4"} : i64
      %199 = llvm.urem %198, %180 {loc = "cell.py:4"} : i64
      %200 = llvm.mlir.constant(1) : i64
      %201 = llvm.add %199, %200 {loc = "cell.py:4"} : i64
      %202 = llvm.mlir.constant(2) : i64
      %203 = llvm.add %199, %202 {loc = "cell.py:4"} : i64
      %204 = llvm.mlir.constant(3) : i64
      %205 = llvm.add %199, %204 {loc = "cell.py:4"} : i64
      %206 = llvm.udiv %198, %180 {loc = "cell.py:4"} : i64
      %207 = llvm.mul %206, %170 {loc = "cell.py:4"} : i64
      %208 = llvm.mul %199, %171 {loc = "cell.py:4"} : i64
      %209 = llvm.add %207, %208 {loc = "cell.py:4"} : i64
      %210 = llvm.getelementptr %169[%209] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %211 = llvm.load %210 {loc = "cell.py:4", alignment = 16 : i64} : !llvm.ptr -> f32
      %212 = llvm.mlir.constant(1) : i64
      %213 = llvm.getelementptr %210[%212] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %214 = llvm.load %213 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %215 = llvm.mlir.constant(2) : i64
      %216 = llvm.getelementptr %210[%215] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %217 = llvm.load %216 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %218 = llvm.mlir.constant(3) : i64
      %219 = llvm.getelementptr %210[%218] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %220 = llvm.load %219 {loc = "cell.py:4", alignment = 4 : i64} : !llvm.ptr -> f32
      %221 = llvm.icmp "slt" %182, %181 {loc = "cell.py:4"} : i64
      llvm.cond_br %221, ^bb4, ^bb5
    ^bb2:
      llvm.br ^bb3
    ^bb3:
      llvm.return
    ^bb4:
      %222 = llvm.mlir.constant(1) : i64
      %223 = llvm.mlir.constant(0) : i64
      %224 = llvm.mlir.constant(2) : i64
      %225 = llvm.mlir.constant(4) : i64
      %226 = llvm.sub %181, %182 {loc = "cell.py:4"} : i64
      %227 = llvm.sub %183, %222 {loc = "cell.py:4"} : i64
      %228 = llvm.add %226, %227 {loc = "cell.py:4"} : i64
      %229 = llvm.udiv %228, %183 {loc = "cell.py:4"} : i64
      %230 = llvm.sub %229, %222 {loc = "cell.py:4"} : i64
      %231 = llvm.icmp "ult" %223, %230 {loc = "cell.py:4"} : i64
      %232 = llvm.select %231, %223, %230 {loc = "cell.py:4"} : i1, i64
      %233 = llvm.mul %232, %183 {loc = "cell.py:4"} : i64
      %234 = llvm.add %182, %233 {loc = "cell.py:4"} : i64
      %235 = llvm.mul %206, %173 {loc = "cell.py:4"} : i64
      %236 = llvm.mul %234, %174 {loc = "cell.py:4"} : i64
      %237 = llvm.add %235, %236 {loc = "cell.py:4"} : i64
      %238 = llvm.mul %199, %175 {loc = "cell.py:4"} : i64
      %239 = llvm.add %237, %238 {loc = "cell.py:4"} : i64
      %240 = llvm.getelementptr %172[%239] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %241 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %240 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %242 = llvm.extractvalue %241[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %243 = llvm.extractvalue %241[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %244 = llvm.extractvalue %241[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %245 = llvm.extractvalue %241[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %246 = llvm.icmp "ult" %222, %230 {loc = "cell.py:4"} : i64
      %247 = llvm.select %246, %222, %230 {loc = "cell.py:4"} : i1, i64
      %248 = llvm.mul %247, %183 {loc = "cell.py:4"} : i64
      %249 = llvm.add %182, %248 {loc = "cell.py:4"} : i64
      %250 = llvm.mul %206, %173 {loc = "cell.py:4"} : i64
      %251 = llvm.mul %249, %174 {loc = "cell.py:4"} : i64
      %252 = llvm.add %250, %251 {loc = "cell.py:4"} : i64
      %253 = llvm.mul %199, %175 {loc = "cell.py:4"} : i64
      %254 = llvm.add %252, %253 {loc = "cell.py:4"} : i64
      %255 = llvm.getelementptr %172[%254] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %256 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %255 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %257 = llvm.extractvalue %256[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %258 = llvm.extractvalue %256[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %259 = llvm.extractvalue %256[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %260 = llvm.extractvalue %256[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %261 = llvm.udiv %229, %224 {loc = "cell.py:4"} : i64
      %262 = llvm.icmp "ugt" %261, %224 {loc = "cell.py:4"} : i64
      %263 = llvm.sub %261, %224 {loc = "cell.py:4"} : i64
      %264 = llvm.select %262, %263, %223 {loc = "cell.py:4"} : i1, i64
      llvm.br ^bb7(%223, %211, %214, %217, %220, %242, %243, %244, %245, %257, %258, %259, %260 : i64, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb5:
      llvm.br ^bb6(%211, %214, %217, %220 : f32, f32, f32, f32)
    ^bb6(%265: f32, %266: f32, %267: f32, %268: f32):
      %269 = llvm.mul %206, %177 {loc = "cell.py:4"} : i64
      %270 = llvm.mul %199, %178 {loc = "cell.py:4"} : i64
      %271 = llvm.add %269, %270 {loc = "cell.py:4"} : i64
      %272 = llvm.getelementptr %176[%271] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %265, %272 {loc = "cell.py:4", alignment = 16 : i64} : f32, !llvm.ptr
      %273 = llvm.mlir.constant(1) : i64
      %274 = llvm.getelementptr %272[%273] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %266, %274 {loc = "cell.py:4", alignment = 4 : i64} : f32, !llvm.ptr
      %275 = llvm.mlir.constant(2) : i64
      %276 = llvm.getelementptr %272[%275] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %267, %276 {loc = "cell.py:4", alignment = 4 : i64} : f32, !llvm.ptr
      %277 = llvm.mlir.constant(3) : i64
      %278 = llvm.getelementptr %272[%277] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %268, %278 {loc = "cell.py:4", alignment = 4 : i64} : f32, !llvm.ptr
      llvm.br ^bb3
    ^bb7(%279: i64, %280: f32, %281: f32, %282: f32, %283: f32, %284: f32, %285: f32, %286: f32, %287: f32, %288: f32, %289: f32, %290: f32, %291: f32):
      %292 = llvm.icmp "slt" %279, %264 {loc = "cell.py:4"} : i64
      llvm.cond_br %292, ^bb8, ^bb9(%280, %281, %282, %283, %284, %285, %286, %287, %288, %289, %290, %291 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb8:
      %293 = llvm.mul %279, %224 {loc = "cell.py:4"} : i64
      %294 = llvm.add %293, %222 {loc = "cell.py:4"} : i64
      %295 = llvm.add %293, %224 {loc = "cell.py:4"} : i64
      %296 = llvm.mul %295, %183 {loc = "cell.py:4"} : i64
      %297 = llvm.add %182, %296 {loc = "cell.py:4"} : i64
      %298 = llvm.mul %206, %173 {loc = "cell.py:4"} : i64
      %299 = llvm.mul %297, %174 {loc = "cell.py:4"} : i64
      %300 = llvm.add %298, %299 {loc = "cell.py:4"} : i64
      %301 = llvm.mul %199, %175 {loc = "cell.py:4"} : i64
      %302 = llvm.add %300, %301 {loc = "cell.py:4"} : i64
      %303 = llvm.getelementptr %172[%302] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %304 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %303 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %305 = llvm.extractvalue %304[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %306 = llvm.extractvalue %304[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %307 = llvm.extractvalue %304[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %308 = llvm.extractvalue %304[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %309 = llvm.add %294, %224 {loc = "cell.py:4"} : i64
      %310 = llvm.mul %309, %183 {loc = "cell.py:4"} : i64
      %311 = llvm.add %182, %310 {loc = "cell.py:4"} : i64
      %312 = llvm.mul %206, %173 {loc = "cell.py:4"} : i64
      %313 = llvm.mul %311, %174 {loc = "cell.py:4"} : i64
      %314 = llvm.add %312, %313 {loc = "cell.py:4"} : i64
      %315 = llvm.mul %199, %175 {loc = "cell.py:4"} : i64
      %316 = llvm.add %314, %315 {loc = "cell.py:4"} : i64
      %317 = llvm.getelementptr %172[%316] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %318 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %317 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %319 = llvm.extractvalue %318[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %320 = llvm.extractvalue %318[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %321 = llvm.extractvalue %318[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %322 = llvm.extractvalue %318[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %323 = llvm.ptrtoint %317 {loc = "cell.py:4"} : !llvm.ptr to i64
      %324 = llvm.mlir.constant(0) : i64
      %325 = llvm.icmp "eq" %323, %324 {loc = "cell.py:4"} : i64
      llvm.cond_br %325, ^bb10, ^bb11
    ^bb9(%326: f32, %327: f32, %328: f32, %329: f32, %330: f32, %331: f32, %332: f32, %333: f32, %334: f32, %335: f32, %336: f32, %337: f32):
      llvm.br ^bb12(%264, %326, %327, %328, %329, %330, %331, %332, %333, %334, %335, %336, %337 : i64, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb10:
      llvm.call_intrinsic "llvm.trap"() {loc = "cell.py:4"} : () -> ()
      llvm.unreachable
    ^bb11:
      %338 = llvm.add %293, %225 {loc = "cell.py:4"} : i64
      %339 = llvm.mul %293, %183 {loc = "cell.py:4"} : i64
      %340 = llvm.add %182, %339 {loc = "cell.py:4"} : i64
      %341 = llvm.fadd %284, %280 {loc = "cell.py:4"} : f32
      %342 = llvm.fadd %285, %281 {loc = "cell.py:4"} : f32
      %343 = llvm.fadd %286, %282 {loc = "cell.py:4"} : f32
      %344 = llvm.fadd %287, %283 {loc = "cell.py:4"} : f32
      %345 = llvm.call @__nv_tanhf(%341) {loc = "cell.py:4"} : (f32) -> f32
      %346 = llvm.call @__nv_tanhf(%342) {loc = "cell.py:4"} : (f32) -> f32
      %347 = llvm.call @__nv_tanhf(%343) {loc = "cell.py:4"} : (f32) -> f32
      %348 = llvm.call @__nv_tanhf(%344) {loc = "cell.py:4"} : (f32) -> f32
      %349 = llvm.mul %294, %183 {loc = "cell.py:4"} : i64
      %350 = llvm.add %182, %349 {loc = "cell.py:4"} : i64
      %351 = llvm.fadd %288, %345 {loc = "cell.py:4"} : f32
      %352 = llvm.fadd %289, %346 {loc = "cell.py:4"} : f32
      %353 = llvm.fadd %290, %347 {loc = "cell.py:4"} : f32
      %354 = llvm.fadd %291, %348 {loc = "cell.py:4"} : f32
      %355 = llvm.call @__nv_tanhf(%351) {loc = "cell.py:4"} : (f32) -> f32
      %356 = llvm.call @__nv_tanhf(%352) {loc = "cell.py:4"} : (f32) -> f32
      %357 = llvm.call @__nv_tanhf(%353) {loc = "cell.py:4"} : (f32) -> f32
      %358 = llvm.call @__nv_tanhf(%354) {loc = "cell.py:4"} : (f32) -> f32
      %359 = llvm.add %279, %222 {loc = "cell.py:4"} : i64
      llvm.br ^bb7(%359, %355, %356, %357, %358, %305, %306, %307, %308, %319, %320, %321, %322 : i64, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb12(%360: i64, %361: f32, %362: f32, %363: f32, %364: f32, %365: f32, %366: f32, %367: f32, %368: f32, %369: f32, %370: f32, %371: f32, %372: f32):
      %373 = llvm.icmp "slt" %360, %261 {loc = "cell.py:4"} : i64
      llvm.cond_br %373, ^bb13, ^bb14(%361, %362, %363, %364, %365, %366, %367, %368, %369, %370, %371, %372 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb13:
      %374 = llvm.mul %360, %224 {loc = "cell.py:4"} : i64
      %375 = llvm.add %374, %222 {loc = "cell.py:4"} : i64
      %376 = llvm.add %374, %224 {loc = "cell.py:4"} : i64
      %377 = llvm.icmp "ult" %376, %230 {loc = "cell.py:4"} : i64
      %378 = llvm.select %377, %376, %230 {loc = "cell.py:4"} : i1, i64
      %379 = llvm.mul %378, %183 {loc = "cell.py:4"} : i64
      %380 = llvm.add %182, %379 {loc = "cell.py:4"} : i64
      %381 = llvm.mul %206, %173 {loc = "cell.py:4"} : i64
      %382 = llvm.mul %380, %174 {loc = "cell.py:4"} : i64
      %383 = llvm.add %381, %382 {loc = "cell.py:4"} : i64
      %384 = llvm.mul %199, %175 {loc = "cell.py:4"} : i64
      %385 = llvm.add %383, %384 {loc = "cell.py:4"} : i64
      %386 = llvm.getelementptr %172[%385] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %387 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %386 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %388 = llvm.extractvalue %387[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %389 = llvm.extractvalue %387[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %390 = llvm.extractvalue %387[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %391 = llvm.extractvalue %387[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %392 = llvm.add %375, %224 {loc = "cell.py:4"} : i64
      %393 = llvm.icmp "ult" %392, %230 {loc = "cell.py:4"} : i64
      %394 = llvm.select %393, %392, %230 {loc = "cell.py:4"} : i1, i64
      %395 = llvm.mul %394, %183 {loc = "cell.py:4"} : i64
      %396 = llvm.add %182, %395 {loc = "cell.py:4"} : i64
      %397 = llvm.mul %206, %173 {loc = "cell.py:4"} : i64
      %398 = llvm.mul %396, %174 {loc = "cell.py:4"} : i64
      %399 = llvm.add %397, %398 {loc = "cell.py:4"} : i64
      %400 = llvm.mul %199, %175 {loc = "cell.py:4"} : i64
      %401 = llvm.add %399, %400 {loc = "cell.py:4"} : i64
      %402 = llvm.getelementptr %172[%401] {loc = "cell.py:4"} : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %403 = llvm.inline_asm "{ .reg .u64 %gp; cvta.to.global.u64 %gp, $4; ld.global.nc.v4.f32 {$0, $1, $2, $3}, [%gp]; }", "=f,=f,=f,=f,l" %402 {loc = "cell.py:4"} : (!llvm.ptr) -> !llvm.struct<(f32, f32, f32, f32)>
      %404 = llvm.extractvalue %403[0] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %405 = llvm.extractvalue %403[1] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %406 = llvm.extractvalue %403[2] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %407 = llvm.extractvalue %403[3] {loc = "cell.py:4"} : !llvm.struct<(f32, f32, f32, f32)>
      %408 = llvm.ptrtoint %402 {loc = "cell.py:4"} : !llvm.ptr to i64
      %409 = llvm.mlir.constant(0) : i64
      %410 = llvm.icmp "eq" %408, %409 {loc = "cell.py:4"} : i64
      llvm.cond_br %410, ^bb15, ^bb16
    ^bb14(%411: f32, %412: f32, %413: f32, %414: f32, %415: f32, %416: f32, %417: f32, %418: f32, %419: f32, %420: f32, %421: f32, %422: f32):
      %423 = llvm.mul %261, %224 {loc = "cell.py:4"} : i64
      %424 = llvm.sub %229, %423 {loc = "cell.py:4"} : i64
      %425 = llvm.icmp "ult" %223, %424 {loc = "cell.py:4"} : i64
      llvm.cond_br %425, ^bb17, ^bb18
    ^bb15:
      llvm.call_intrinsic "llvm.trap"() {loc = "cell.py:4"} : () -> ()
      llvm.unreachable
    ^bb16:
      %426 = llvm.add %374, %225 {loc = "cell.py:4"} : i64
      %427 = llvm.mul %374, %183 {loc = "cell.py:4"} : i64
      %428 = llvm.add %182, %427 {loc = "cell.py:4"} : i64
      %429 = llvm.fadd %365, %361 {loc = "cell.py:4"} : f32
      %430 = llvm.fadd %366, %362 {loc = "cell.py:4"} : f32
      %431 = llvm.fadd %367, %363 {loc = "cell.py:4"} : f32
      %432 = llvm.fadd %368, %364 {loc = "cell.py:4"} : f32
      %433 = llvm.call @__nv_tanhf(%429) {loc = "cell.py:4"} : (f32) -> f32
      %434 = llvm.call @__nv_tanhf(%430) {loc = "cell.py:4"} : (f32) -> f32
      %435 = llvm.call @__nv_tanhf(%431) {loc = "cell.py:4"} : (f32) -> f32
      %436 = llvm.call @__nv_tanhf(%432) {loc = "cell.py:4"} : (f32) -> f32
      %437 = llvm.mul %375, %183 {loc = "cell.py:4"} : i64
      %438 = llvm.add %182, %437 {loc = "cell.py:4"} : i64
      %439 = llvm.fadd %369, %433 {loc = "cell.py:4"} : f32
      %440 = llvm.fadd %370, %434 {loc = "cell.py:4"} : f32
      %441 = llvm.fadd %371, %435 {loc = "cell.py:4"} : f32
      %442 = llvm.fadd %372, %436 {loc = "cell.py:4"} : f32
      %443 = llvm.call @__nv_tanhf(%439) {loc = "cell.py:4"} : (f32) -> f32
      %444 = llvm.call @__nv_tanhf(%440) {loc = "cell.py:4"} : (f32) -> f32
      %445 = llvm.call @__nv_tanhf(%441) {loc = "cell.py:4"} : (f32) -> f32
      %446 = llvm.call @__nv_tanhf(%442) {loc = "cell.py:4"} : (f32) -> f32
      %447 = llvm.add %360, %222 {loc = "cell.py:4"} : i64
      llvm.br ^bb12(%447, %443, %444, %445, %446, %388, %389, %390, %391, %404, %405, %406, %407 : i64, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32)
    ^bb17:
      %448 = llvm.mul %423, %183 {loc = "cell.py:4"} : i64
      %449 = llvm.add %182, %448 {loc = "cell.py:4"} : i64
      %450 = llvm.fadd %415, %411 {loc = "cell.py:4"} : f32
      %451 = llvm.fadd %416, %412 {loc = "cell.py:4"} : f32
      %452 = llvm.fadd %417, %413 {loc = "cell.py:4"} : f32
      %453 = llvm.fadd %418, %414 {loc = "cell.py:4"} : f32
      %454 = llvm.call @__nv_tanhf(%450) {loc = "cell.py:4"} : (f32) -> f32
      %455 = llvm.call @__nv_tanhf(%451) {loc = "cell.py:4"} : (f32) -> f32
      %456 = llvm.call @__nv_tanhf(%452) {loc = "cell.py:4"} : (f32) -> f32
      %457 = llvm.call @__nv_tanhf(%453) {loc = "cell.py:4"} : (f32) -> f32
      llvm.br ^bb19(%454, %455, %456, %457 : f32, f32, f32, f32)
    ^bb18:
      llvm.br ^bb19(%411, %412, %413, %414 : f32, f32, f32, f32)
    ^bb19(%458: f32, %459: f32, %460: f32, %461: f32):
      llvm.br ^bb6(%458, %459, %460, %461 : f32, f32, f32, f32)
    }
  }) {jic.target = "nvptx"} : () -> ()
}
