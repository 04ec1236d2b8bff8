// PASS: serialize-block-threads
// INPUT:
builtin.module attributes {gpu.container_module} {
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
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    "gpu.func"() <{function_type = (memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index) -> (), kernel}> ({
    ^bb0(%0: memref<?x?xf32, strided<[?, ?], offset: ?>>, %1: memref<?x?xf32, strided<[?, ?], offset: ?>>, %2: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %3: memref<?xf32, strided<[?], offset: ?>>, %4: memref<?x?xf32, strided<[?, ?], offset: ?>>, %5: index, %6: index, %7: index):
      %8 = arith.constant {loc = "elman.py:4"} 0 : index
      %9 = arith.constant {loc = "elman.py:4"} 1 : index
      %c0 = arith.constant {loc = "elman.py:4"} 0 : index
      %c1 = arith.constant {loc = "elman.py:4"} 1 : index
      %10 = "gpu.block_id"() <{dimension = #gpu<dim x>}> {loc = "elman.py:4"} : () -> index
      %11 = "gpu.block_dim"() <{dimension = #gpu<dim x>}> {loc = "elman.py:4"} : () -> index
      %12 = jic.shared_memory {loc = "elman.py:4"} : memref<?xf32>
      %13 = arith.constant {loc = "elman.py:4"} 0 : index
      %14 = arith.constant {loc = "elman.py:4"} 1 : index
      %15 = arith.constant {loc = "elman.py:4"} 2 : index
      %16 = arith.muli %10, %15 {loc = "elman.py:4"} : index
      %17 = arith.subi %5, %14 {loc = "elman.py:4"} : index
      %18 = arith.constant {loc = "elman.py:4"} 0 : index
      %19 = arith.addi %16, %18 {loc = "elman.py:4"} : index
      %20 = arith.cmpi ult, %19, %17 : index
      %21 = arith.select %20, %19, %17 {loc = "elman.py:4"} : index
      %22 = arith.constant {loc = "elman.py:4"} 1 : index
      %23 = arith.addi %16, %22 {loc = "elman.py:4"} : index
      %24 = arith.cmpi ult, %23, %17 : index
      %25 = arith.select %24, %23, %17 {loc = "elman.py:4"} : index
      %26 = arith.constant {loc = "elman.py:4"} 2 : index
      %27 = arith.muli %26, %6 {loc = "elman.py:4"} : index
      %28 = arith.constant {loc = "elman.py:4"} 0 : index
      %29 = arith.muli %28, %6 {loc = "elman.py:4"} : index
      %30 = arith.constant {loc = "elman.py:4"} 1 : index
      %31 = arith.muli %30, %6 {loc = "elman.py:4"} : index
      scf.for %32 = %8 to %11 step %9 {
        scf.for %33 = %32 to %6 step %11 {
          %34 = memref.load %0[%21, %33] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
          %35 = arith.addi %29, %33 {loc = "elman.py:4"} : index
          memref.store %34, %12[%35] {loc = "elman.py:4"} : memref<?xf32>
          %36 = memref.load %0[%25, %33] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
          %37 = arith.addi %31, %33 {loc = "elman.py:4"} : index
          memref.store %36, %12[%37] {loc = "elman.py:4"} : memref<?xf32>
        } {loc = "elman.py:4"}
      } {loc = "elman.py:4"}
      %38 = scf.for %39 = %c0 to %7 step %c1 iter_args(%40 = %13) -> (index) {
        %41 = arith.constant {loc = "elman.py:4"} 1 : index
        %42 = arith.subi %41, %40 {loc = "elman.py:4"} : index
        %43 = arith.muli %40, %27 {loc = "elman.py:4"} : index
        %44 = arith.muli %42, %27 {loc = "elman.py:4"} : index
        %45 = arith.addi %43, %29 {loc = "elman.py:4"} : index
        %46 = arith.addi %43, %31 {loc = "elman.py:4"} : index
        %47 = arith.addi %44, %29 {loc = "elman.py:4"} : index
        %48 = arith.addi %44, %31 {loc = "elman.py:4"} : index
        scf.for %49 = %8 to %11 step %9 {
          scf.for %50 = %49 to %6 step %11 {
            %51 = arith.constant {loc = "elman.py:4"} 0.000000e+00 : f32
            %52, %53 = scf.for %54 = %c0 to %6 step %c1 iter_args(%55 = %51, %56 = %51) -> (f32, f32) {
              %57 = memref.load %1[%54, %50] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
              %58 = arith.addi %45, %54 {loc = "elman.py:4"} : index
              %59 = memref.load %12[%58] {loc = "elman.py:4"} : memref<?xf32>
              %60 = arith.mulf %59, %57 {loc = "elman.py:4"} : f32
              %61 = arith.addf %55, %60 {loc = "elman.py:4"} : f32
              %62 = arith.addi %46, %54 {loc = "elman.py:4"} : index
              %63 = memref.load %12[%62] {loc = "elman.py:4"} : memref<?xf32>
              %64 = arith.mulf %63, %57 {loc = "elman.py:4"} : f32
              %65 = arith.addf %56, %64 {loc = "elman.py:4"} : f32
              scf.yield %61, %65 : f32, f32
            } {jic.pipeline_depth = 16 : index, loc = "elman.py:4"}
            %66 = memref.load %2[%21, %39, %50] {loc = "elman.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %67 = arith.addf %66, %52 {loc = "elman.py:4"} : f32
            %68 = memref.load %3[%50] {loc = "elman.py:4"} : memref<?xf32, strided<[?], offset: ?>>
            %69 = arith.addf %67, %68 {loc = "elman.py:4"} : f32
            %70 = math.tanh %69 {loc = "elman.py:4"} : f32
            %71 = memref.load %2[%25, %39, %50] {loc = "elman.py:4"} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %72 = arith.addf %71, %53 {loc = "elman.py:4"} : f32
            %73 = arith.addf %72, %68 {loc = "elman.py:4"} : f32
            %74 = math.tanh %73 {loc = "elman.py:4"} : f32
            %75 = arith.addi %47, %50 {loc = "elman.py:4"} : index
            memref.store %70, %12[%75] {loc = "elman.py:4"} : memref<?xf32>
            %76 = arith.addi %48, %50 {loc = "elman.py:4"} : index
            memref.store %74, %12[%76] {loc = "elman.py:4"} : memref<?xf32>
          } {loc = "elman.py:4"}
        } {loc = "elman.py:4"}
        scf.yield %42 : index
      } {loc = "elman.py:4"}
      scf.for %77 = %8 to %11 step %9 {
        scf.for %78 = %77 to %6 step %11 {
          %79 = arith.muli %38, %27 {loc = "elman.py:4"} : index
          %80 = arith.constant {loc = "elman.py:4"} 0 : index
          %81 = arith.addi %16, %80 {loc = "elman.py:4"} : index
          %82 = arith.cmpi ult, %81, %5 : index
          scf.if %82 {
            %83 = arith.addi %79, %29 {loc = "elman.py:4"} : index
            %84 = arith.addi %83, %78 {loc = "elman.py:4"} : index
            %85 = memref.load %12[%84] {loc = "elman.py:4"} : memref<?xf32>
            memref.store %85, %4[%81, %78] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
          }{loc = "elman.py:4"}
          %86 = arith.constant {loc = "elman.py:4"} 1 : index
          %87 = arith.addi %16, %86 {loc = "elman.py:4"} : index
          %88 = arith.cmpi ult, %87, %5 : index
          scf.if %88 {
            %89 = arith.addi %79, %31 {loc = "elman.py:4"} : index
            %90 = arith.addi %89, %78 {loc = "elman.py:4"} : index
            %91 = memref.load %12[%90] {loc = "elman.py:4"} : memref<?xf32>
            memref.store %91, %4[%87, %78] {loc = "elman.py:4"} : memref<?x?xf32, strided<[?, ?], offset: ?>>
          }{loc = "elman.py:4"}
        } {loc = "elman.py:4"}
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
