package de.lagezentrum.lessons.board.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.lagezentrum.lessons.BoardView;
import de.lagezentrum.lessons.ClusterView;
import de.lagezentrum.lessons.ObservationView;
import de.lagezentrum.lessons.WorkshopBoard;
import de.lagezentrum.lessons.WorkshopMember;
import de.lagezentrum.lessons.workshops.web.WorkshopMembers;

/**
 * The board page of a workshop: its current phase with the phase's prompt, the facilitator's clusters with
 * their observations, and the observations not yet clustered. The board is read in the facade's three
 * statements and grouped here once, so 2,000 observations render without a query per observation.
 */
@Controller
class BoardPageController {

    private final WorkshopBoard board;
    private final WorkshopMembers members;

    BoardPageController(WorkshopBoard board, WorkshopMembers members) {
        this.board = board;
        this.members = members;
    }

    @GetMapping("/workshops/{id}")
    String board(@PathVariable UUID id, Model model) {
        WorkshopMember member = members.member(id);
        BoardView view = board.board(member);
        Map<UUID, List<ObservationView>> byCluster = new LinkedHashMap<>();
        List<ObservationView> unclustered = new ArrayList<>();
        for (ClusterView cluster : view.clusters()) {
            byCluster.put(cluster.id(), new ArrayList<>());
        }
        for (ObservationView observation : view.observations()) {
            List<ObservationView> list = observation.clusterId() == null ? null : byCluster.get(observation.clusterId());
            (list == null ? unclustered : list).add(observation);
        }
        model.addAttribute("workshop", view.workshop());
        model.addAttribute("clusters", view.clusters());
        model.addAttribute("byCluster", byCluster);
        model.addAttribute("unclustered", unclustered);
        model.addAttribute("count", view.observations().size());
        model.addAttribute("facilitator", member.facilitator());
        return "lessons/board";
    }
}
