package th.tipnet.directory;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.FormErrors;

/** The controlled list of services: a page and an API for coordinators to extend and retire it. */
@Controller
class ServiceCataloguePages {

	private final Directory directory;

	private final ServiceCatalogue catalogue;

	private final DirectoryEditing editing;

	ServiceCataloguePages(Directory directory, ServiceCatalogue catalogue, DirectoryEditing editing) {
		this.directory = directory;
		this.catalogue = catalogue;
		this.editing = editing;
	}

	@GetMapping("/directory/services")
	String list(Model model) {
		if (!editing.mayRestructure()) {
			throw DomainException.forbidden();
		}
		model.addAttribute("types", directory.serviceTypes());
		return "directory/services";
	}

	@PostMapping("/directory/services")
	String add(@RequestParam(required = false) String code, @RequestParam(required = false) String nameTh,
			@RequestParam(required = false) String nameEn, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return FormErrors.attempt(response, () -> {
			ServiceType added = catalogue.add(code, nameTh, nameEn);
			redirect.addFlashAttribute("added", added.code());
			return "redirect:/directory/services";
		}, e -> {
			model.addAttribute("violations", FormErrors.violations(e));
			model.addAttribute("code", code);
			model.addAttribute("nameTh", nameTh);
			model.addAttribute("nameEn", nameEn);
			model.addAttribute("types", directory.serviceTypes());
			return "directory/services";
		});
	}

	@PostMapping("/directory/services/{code}/active")
	String activate(@PathVariable String code, @RequestParam boolean active) {
		catalogue.setActive(code, active);
		return "redirect:/directory/services";
	}

	@PostMapping("/api/v1/services")
	@ResponseBody
	ResponseEntity<DirectoryApi.ServiceTypeView> addApi(@Valid @RequestBody NewService body) {
		ServiceType added = catalogue.add(body.code(), body.nameTh(), body.nameEn());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new DirectoryApi.ServiceTypeView(added.code(), added.nameTh(), added.nameEn()));
	}

	record NewService(@Size(max = 40) String code, @Size(max = 200) String nameTh, @Size(max = 200) String nameEn) {
	}
}
