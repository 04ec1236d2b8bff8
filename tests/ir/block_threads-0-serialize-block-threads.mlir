// PASS: serialize-block-threads
// INPUT:
builtin.module attributes {gpu.container_module} {
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
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    "gpu.func"() <{function_type = (memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index) -> (), kernel}> ({
    ^bb0(%0: memref<?x?xf32, strided<[?, ?], offset: ?>>, %1: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %2: memref<?xf32, strided<[?], offset: ?>>, %3: memref<?x?xf32, strided<[?, ?], offset: ?>>, %4: memref<?x?xf32, strided<[?, ?], offset: ?>>, %5: index, %6: index, %7: index):
      %8 = arith.constant {loc = "elman.py:4"} 0 : index
      %9 = arith.constant {loc = "elman.py:4"} 1 : index
      %c0 = arith.constant {loc = "elman.py:4"} 0 : index
      %c1 = arith.constant {loc = "elman.py:4"} 1 : index
      %10 = "gpu.block_id"() <{dimension = #gpu<dim x>}> {loc = "elman.py:4"} : () -> index
      %11 = "gpu.block_dim"() <{dimension = #gpu<dim x>}> {loc = "elman.py:4"} : () -> index
      %12 = jic.shared_memory {loc = "elman.py:4"} : memref<?xf32>
      %13 = arith.constant {loc = "elman.py:4"} 0 : index
      %14 = arith.constant {loc = "elman.py:4"} 1 : index
      %15 = arith.constant {loc = "elman.py:4"} 1 : index
      %16 = arith.muli %10, %15 {loc = "elman.py:4"} : index
      %17 = arith.subi %5, %14 {loc = "elman.py:4"} : index
      %18 = arith.constant {loc = "elman.py:4"} 0 : index
      %19 = arith.addi %16, %18 {loc = "elman.py:4"} : index
      %20 = arith.cmpi ult, %19, %17 : index
      %21 = arith.select %20, %19, %17 {loc = "elman.py:4"} : index
      %22 = arith.constant {loc = "elman.py:4"} 1 : index
      %23 = arith.muli %22, %6 {loc = "elman.py:4"} : index
      %24 = arith.constant {loc = "elman.py:4"} 0 : index
      %25 = arith.muli %24, %6 {loc = "elman.py:4"} : index
      scf.for %26 = %8 to %11 step %9 {
        scf.for %27 = %26 to %6 step %11 {
          %28 = memref.load %0[%21, %27] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
          %29 = arith.addi %25, %27 {loc = "elman.py:4"} : index
          memref.store %28, %12[%29] {loc = "elman.py:4"} : memref<?xf32>
        } {loc = "elman.py:4"}
      } {loc = "elman.py:4"}
      %30 = scf.for %31 = %c0 to %7 step %c1 iter_args(%32 = %13) -> (index) {
        %33 = arith.constant {loc = "elman.py:4"} 1 : index
        %34 = arith.subi %33, %32 {loc = "elman.py:4"} : index
        %35 = arith.muli %32, %23 {loc = "elman.py:4"} : index
        %36 = arith.muli %34, %23 {loc = "elman.py:4"} : index
        %37 = arith.addi %35, %25 {loc = "elman.py:4"} : index
        %38 = arith.addi %36, %25 {loc = "elman.py:4"} : index
        scf.for %39 = %8 to %11 step %9 {
          scf.for %40 = %39 to %6 step %11 {
            %41 = arith.constant {loc = "elman.py:4"} 0.000000e+00 : f32
            %42 = memref.load %1[%21, %31, %40] {loc = "elman.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %43 = memref.load %2[%40] {loc = "elman.py:4"} : memref<?xf32, strided<[?], offset: ?>>
            %44 = scf.for %45 = %c0 to %6 step %c1 iter_args(%46 = %41) -> (f32) {
              %47 = memref.load %3[%45, %40] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
              %48 = arith.addi %37, %45 {loc = "elman.py:4"} : index
              %49 = memref.load %12[%48] {loc = "elman.py:4"} : memref<?xf32>
              %50 = arith.mulf %49, %47 {loc = "elman.py:4"} : f32
              %51 = arith.addf %46, %50 {loc = "elman.py:4"} : f32
              scf.yield %51 : f32
            } {jic.pipeline_depth = 16 : index, loc = "elman.py:4"}
            %52 = arith.addf %42, %44 {loc = "elman.py:4"} : f32
            %53 = arith.addf %52, %43 {loc = "elman.py:4"} : f32
            %54 = math.tanh %53 {loc = "elman.py:4"} : f32
            %55 = arith.addi %38, %40 {loc = "elman.py:4"} : index
            memref.store %54, %12[%55] {loc = "elman.py:4"} : memref<?xf32>
          } {loc = "elman.py:4"}
        } {loc = "elman.py:4"}
        scf.yield %34 : index
      } {loc = "elman.py:4"}
      scf.for %56 = %8 to %11 step %9 {
        scf.for %57 = %56 to %6 step %11 {
          %58 = arith.muli %30, %23 {loc = "elman.py:4"} : index
          %59 = arith.constant {loc = "elman.py:4"} 0 : index
          %60 = arith.addi %16, %59 {loc = "elman.py:4"} : index
          %61 = arith.cmpi ult, %60, %5 : index
          scf.if %61 {
            %62 = arith.addi %58, %25 {loc = "elman.py:4"} : index
            %63 = arith.addi %62, %57 {loc = "elman.py:4"} : index
            %64 = memref.load %12[%63] {loc = "elman.py:4"} : memref<?xf32>
            memref.store %64, %4[%60, %57] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
          }{loc = "elman.py:4"}
        } {loc = "elman.py:4"}
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
